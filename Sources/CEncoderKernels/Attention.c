// Self-attention of one sequence, all heads, without BLAS: at MiniLM's sizes (sequences of a
// dozen tokens, heads of 32) two sgemm calls per head cost more in call overhead, operand
// packing and edge handling than the 4·L²·32 multiply-adds themselves.
#include "EncoderKernels.h"
#include "VectorMath.h"

/// Sequence length rounded up to whole vectors of 8.
static size_t ek_padded(size_t length) { return (length + 7) & ~(size_t)7; }

size_t ek_attention_scratch_count(size_t length) {
    return (length + 1) * ek_padded(length);
}

#if defined(__x86_64__)
/// Dot products of one query (32 floats in four vectors) with keys `j ..< j + 8`, scaled:
/// lane u holds `scale · q · k_{j+u}`. Keys past `length` repeat the last one (their lanes are
/// masked out by the caller). Each key's four products stay in one vector, and one `hadd` tree
/// turns the eight vectors into the eight sums, so no key is ever transposed.
static inline EK_AVX2 __m256 ek_scores8(const __m256 q[4], const float *keys, size_t stride, size_t j,
                                        size_t length, __m256 scale) {
    __m256 a[8];
    for (size_t u = 0; u < 8; u++) {
        const float *k = keys + (j + u < length ? j + u : length - 1) * stride;
        __m256 s = _mm256_mul_ps(q[0], _mm256_loadu_ps(k));
        s = _mm256_fmadd_ps(q[1], _mm256_loadu_ps(k + 8), s);
        s = _mm256_fmadd_ps(q[2], _mm256_loadu_ps(k + 16), s);
        a[u] = _mm256_fmadd_ps(q[3], _mm256_loadu_ps(k + 24), s);
    }
    __m256 h0 = _mm256_hadd_ps(_mm256_hadd_ps(a[0], a[1]), _mm256_hadd_ps(a[2], a[3]));
    __m256 h1 = _mm256_hadd_ps(_mm256_hadd_ps(a[4], a[5]), _mm256_hadd_ps(a[6], a[7]));
    __m256 sums = _mm256_add_ps(_mm256_permute2f128_ps(h0, h1, 0x20), _mm256_permute2f128_ps(h0, h1, 0x31));
    return _mm256_mul_ps(sums, scale);
}

/// Adds `p · v` to the 32 sums in `c` (four vectors).
static inline EK_AVX2 void ek_accumulate(__m256 c[4], __m256 p, const float *v) {
    c[0] = _mm256_fmadd_ps(p, _mm256_loadu_ps(v), c[0]);
    c[1] = _mm256_fmadd_ps(p, _mm256_loadu_ps(v + 8), c[1]);
    c[2] = _mm256_fmadd_ps(p, _mm256_loadu_ps(v + 16), c[2]);
    c[3] = _mm256_fmadd_ps(p, _mm256_loadu_ps(v + 24), c[3]);
}

/// Stores `c · inverse` (32 floats) at `out`.
static inline EK_AVX2 void ek_store_scaled(float *out, const __m256 c[4], float inverse) {
    const __m256 s = _mm256_set1_ps(inverse);
    for (int u = 0; u < 4; u++) _mm256_storeu_ps(out + 8 * u, _mm256_mul_ps(c[u], s));
}

// Each head runs in three passes over all its rows — scores, softmax, weighted sum of values —
// rather than row by row: a row's steps depend on each other (max before exp, sum before the
// division), so only independent rows side by side keep the vector units busy.
EK_AVX2 void ek_attention_avx2(const float *qkv, size_t length, size_t heads, size_t head_size, float scale,
                               float *context, float *scratch) {
    if (head_size != 32 || length == 0) __builtin_trap();  // the caller checks; never reached
    const size_t hidden = heads * head_size, stride = 3 * hidden, padded = ek_padded(length);
    float *scores = scratch, *inverses = scratch + length * padded;  // [length × padded], [length]
    const __m256 lane = _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7), scales = _mm256_set1_ps(scale);
    const __m256 negativeInfinity = _mm256_set1_ps(-__builtin_inff()), end = _mm256_set1_ps((float)length);
    for (size_t h = 0; h < heads; h++) {
        const float *keys = qkv + hidden + h * head_size, *values = qkv + 2 * hidden + h * head_size;
        // Scores `scale · q_i · k_j`, −∞ in the padding lanes.
        for (size_t i = 0; i < length; i++) {
            const float *query = qkv + i * stride + h * head_size;
            const __m256 q[4] = {_mm256_loadu_ps(query), _mm256_loadu_ps(query + 8), _mm256_loadu_ps(query + 16),
                                 _mm256_loadu_ps(query + 24)};
            for (size_t j = 0; j < padded; j += 8) {
                __m256 valid = _mm256_cmp_ps(_mm256_add_ps(lane, _mm256_set1_ps((float)j)), end, _CMP_LT_OQ);
                _mm256_storeu_ps(scores + i * padded + j,
                                 _mm256_blendv_ps(negativeInfinity, ek_scores8(q, keys, stride, j, length, scales), valid));
            }
        }
        // Softmax numerators exp(s − max), exactly 0 in the padding lanes, and 1 / their sum.
        for (size_t i = 0; i < length; i++) {
            float *row = scores + i * padded;
            __m256 largest = negativeInfinity;
            for (size_t j = 0; j < padded; j += 8) largest = _mm256_max_ps(largest, _mm256_loadu_ps(row + j));
            const __m256 m = _mm256_set1_ps(ek_max(largest));
            __m256 total = _mm256_setzero_ps();
            for (size_t j = 0; j < padded; j += 8) {
                __m256 s = _mm256_loadu_ps(row + j);
                __m256 e = _mm256_and_ps(ek_exp_nonpositive(_mm256_sub_ps(s, m)),
                                         _mm256_cmp_ps(s, negativeInfinity, _CMP_NEQ_OQ));
                _mm256_storeu_ps(row + j, e);
                total = _mm256_add_ps(total, e);
            }
            inverses[i] = 1.0f / ek_sum(total);
        }
        // context_i = Σⱼ e_ij v_j / Σⱼ e_ij, two rows at a time (eight independent FMA chains); an
        // odd last row is paired with itself and stored once.
        for (size_t i = 0; i < length; i += 2) {
            const size_t k = i + 1 < length ? i + 1 : i;
            __m256 a[4] = {_mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps()};
            __m256 b[4] = {a[0], a[1], a[2], a[3]};
            const float *ra = scores + i * padded, *rb = scores + k * padded;
            for (size_t j = 0; j < length; j++) {
                ek_accumulate(a, _mm256_broadcast_ss(ra + j), values + j * stride);
                ek_accumulate(b, _mm256_broadcast_ss(rb + j), values + j * stride);
            }
            ek_store_scaled(context + i * hidden + h * head_size, a, inverses[i]);
            if (k != i) ek_store_scaled(context + k * hidden + h * head_size, b, inverses[k]);
        }
    }
}

#else

void ek_attention_avx2(const float *qkv, size_t length, size_t heads, size_t head_size, float scale,
                       float *context, float *scratch) {
    (void)qkv; (void)length; (void)heads; (void)head_size; (void)scale; (void)context; (void)scratch;
    __builtin_trap();
}

#endif

// The lane operations of the AVX2 + FMA path: 8 float lanes or 4 double lanes in one register.
// Lanes+Portable.h defines the same operations lane by lane in plain C; Kernels.h is written
// once against these names, so both paths perform the same operations in the same order.
#ifndef EK_LANES_AVX2_H
#define EK_LANES_AVX2_H
#include <immintrin.h>

typedef __m256 vf;   // 8 floats
typedef __m256d vd;  // 4 doubles
#define EK_FLOAT_LANES 8
#define EK_DOUBLE_LANES 4
typedef __m256 vmask;  // per float lane: all ones (true) or all zeros

static inline vf vf_zero(void) { return _mm256_setzero_ps(); }
static inline vf vf_set1(float x) { return _mm256_set1_ps(x); }
static inline vf vf_load(const float *p) { return _mm256_loadu_ps(p); }
static inline void vf_store(float *p, vf v) { _mm256_storeu_ps(p, v); }
static inline vf vf_add(vf a, vf b) { return _mm256_add_ps(a, b); }
static inline vf vf_sub(vf a, vf b) { return _mm256_sub_ps(a, b); }
static inline vf vf_mul(vf a, vf b) { return _mm256_mul_ps(a, b); }
static inline vf vf_div(vf a, vf b) { return _mm256_div_ps(a, b); }
/// a·b + c, rounded once.
static inline vf vf_fma(vf a, vf b, vf c) { return _mm256_fmadd_ps(a, b, c); }
/// c − a·b, rounded once.
static inline vf vf_fnma(vf a, vf b, vf c) { return _mm256_fnmadd_ps(a, b, c); }
/// a > b ? a : b per lane (b when either is NaN), as `maxps`.
static inline vf vf_max(vf a, vf b) { return _mm256_max_ps(a, b); }
/// a < b ? a : b per lane (b when either is NaN), as `minps`.
static inline vf vf_min(vf a, vf b) { return _mm256_min_ps(a, b); }
/// Nearest integer, ties to even.
static inline vf vf_round(vf a) { return _mm256_round_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
/// 2ⁿ for lanes holding integers n in [−126, 127].
static inline vf vf_pow2i(vf n) {
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23));
}
/// Lanes whose index `first + u` (u = 0…7) is below `end`.
static inline vmask vf_index_below(size_t first, size_t end) {
    const __m256 lane = _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7);
    return _mm256_cmp_ps(_mm256_add_ps(lane, _mm256_set1_ps((float)first)), _mm256_set1_ps((float)end), _CMP_LT_OQ);
}
/// Lanes that are not −∞ (and not NaN).
static inline vmask vf_above_negative_infinity(vf a) {
    return _mm256_cmp_ps(a, _mm256_set1_ps(-__builtin_inff()), _CMP_NEQ_OQ);
}
/// mask ? a : b per lane.
static inline vf vf_select(vmask mask, vf a, vf b) { return _mm256_blendv_ps(b, a, mask); }
/// mask ? a : +0 per lane.
static inline vf vf_keep(vmask mask, vf a) { return _mm256_and_ps(a, mask); }

/// The sum of the 8 lanes by the tree ((v0+v4) + (v2+v6)) + ((v1+v5) + (v3+v7)).
static inline float vf_sum(vf v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}
/// The largest of the 8 lanes, by the same tree as `vf_sum` with max.
static inline float vf_largest(vf v) {
    __m128 m = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    m = _mm_max_ss(m, _mm_movehdup_ps(m));
    return _mm_cvtss_f32(m);
}
/// Lane u of the result is the sum of the 8 lanes of `a[u]` by the tree
/// ((a0+a1) + (a2+a3)) + ((a4+a5) + (a6+a7)): eight dot products finished at once.
static inline vf vf_sums8(const vf a[8]) {
    __m256 h0 = _mm256_hadd_ps(_mm256_hadd_ps(a[0], a[1]), _mm256_hadd_ps(a[2], a[3]));
    __m256 h1 = _mm256_hadd_ps(_mm256_hadd_ps(a[4], a[5]), _mm256_hadd_ps(a[6], a[7]));
    return _mm256_add_ps(_mm256_permute2f128_ps(h0, h1, 0x20), _mm256_permute2f128_ps(h0, h1, 0x31));
}

static inline vd vd_zero(void) { return _mm256_setzero_pd(); }
static inline vd vd_set1(double x) { return _mm256_set1_pd(x); }
static inline vd vd_load(const double *p) { return _mm256_loadu_pd(p); }
static inline void vd_store(double *p, vd v) { _mm256_storeu_pd(p, v); }
/// (a·b) + c: the product rounded, then the sum (not fused).
static inline vd vd_mul_add(vd a, vd b, vd c) { return _mm256_add_pd(_mm256_mul_pd(a, b), c); }
static inline vd vd_add(vd a, vd b) { return _mm256_add_pd(a, b); }
static inline vd vd_sub(vd a, vd b) { return _mm256_sub_pd(a, b); }
static inline vd vd_mul(vd a, vd b) { return _mm256_mul_pd(a, b); }
static inline vd vd_div(vd a, vd b) { return _mm256_div_pd(a, b); }
/// The square root, correctly rounded.
static inline vd vd_sqrt(vd a) { return _mm256_sqrt_pd(a); }
/// Nearest integer, ties to even.
static inline vd vd_round(vd a) { return _mm256_round_pd(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC); }
/// 2ᵏ for lanes holding integers k in [−1022, 1023]: k + 1023 lands in the low bits of
/// 2⁵² + k + 1023 (exact), and shifting that pattern left by 52 leaves it alone in the exponent.
static inline vd vd_pow2i(vd k) {
    const __m256d biased = _mm256_add_pd(k, _mm256_set1_pd(0x1p52 + 1023));
    return _mm256_castsi256_pd(_mm256_slli_epi64(_mm256_castpd_si256(biased), 52));
}

/// For lanes holding positive normal finite doubles x = 2ᵉ · m (1 ≤ m < 2): e as a double, and m.
/// The biased exponent field is read as the low bits of 2⁵² (exact), then 2⁵² + 1023 subtracted.
static inline vd vd_exponent(vd x) {
    const __m256i field = _mm256_srli_epi64(_mm256_castpd_si256(x), 52);
    const __m256d biased = _mm256_castsi256_pd(_mm256_or_si256(field, _mm256_castpd_si256(_mm256_set1_pd(0x1p52))));
    return _mm256_sub_pd(biased, _mm256_set1_pd(0x1p52 + 1023));
}
static inline vd vd_significand(vd x) {
    const __m256i fraction = _mm256_and_si256(_mm256_castpd_si256(x), _mm256_set1_epi64x(0x000fffffffffffffLL));
    return _mm256_castsi256_pd(_mm256_or_si256(fraction, _mm256_set1_epi64x(0x3ff0000000000000LL)));
}
/// a ≥ b ? yes : no, lane by lane.
static inline vd vd_select_at_least(vd a, vd b, vd yes, vd no) { return _mm256_blendv_pd(no, yes, _mm256_cmp_pd(a, b, _CMP_GE_OQ)); }

#endif

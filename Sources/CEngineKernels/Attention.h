// Self-attention of one sequence, all heads, without a matrix-product call: at MiniLM's sizes
// (sequences of a dozen tokens, heads of 32) two GEMM calls per head cost more in call overhead,
// packing and edges than the 4·L²·d multiply-adds themselves. Part of Kernels.h.

/// Scores of one query (`vectors` vectors of 8) with keys `j ..< j + 8`, scaled: lane u holds
/// scale · Σ_d q_d k_{j+u,d}. Each key's products go into 8 virtual lanes (lane u adds dimensions
/// d = 8t + u in order of t, the first a product, the rest fused multiply-adds), finished by
/// `vf_sums8`'s tree. Keys past `length` repeat the last one; the caller masks their lanes.
static inline vf EK_FN(scores8)(const vf *q, size_t vectors, const float *keys, size_t stride, size_t j,
                                size_t length, vf scale) {
    vf a[8];
    for (size_t u = 0; u < 8; u++) {
        const float *k = keys + (j + u < length ? j + u : length - 1) * stride;
        vf s = vf_mul(q[0], vf_load(k));
        for (size_t t = 1; t < vectors; t++) s = vf_fma(q[t], vf_load(k + 8 * t), s);
        a[u] = s;
    }
    return vf_mul(vf_sums8(a), scale);
}

/// Adds p · v to the `vectors` vectors of sums in `c`.
static inline void EK_FN(accumulate)(vf *c, size_t vectors, vf p, const float *v) {
    for (size_t t = 0; t < vectors; t++) c[t] = vf_fma(p, vf_load(v + 8 * t), c[t]);
}

/// Stores c · inverse (`vectors` vectors) at `out`.
static inline void EK_FN(store_scaled)(float *out, const vf *c, size_t vectors, float inverse) {
    const vf s = vf_set1(inverse);
    for (size_t t = 0; t < vectors; t++) vf_store(out + 8 * t, vf_mul(c[t], s));
}

/// Multi-head self-attention, softmax(Q Kᵀ · scale) V per head. Each head runs in three passes
/// over all its rows — scores, softmax numerators exp(s − max) with 1 / their sum (8 virtual
/// lanes, `vf_sum`), then context_i = (Σ_j e_ij v_j) · (1 / Σ_j e_ij) with the sum over j in
/// order as fused multiply-adds — two rows at a time (an odd last row is paired with itself).
/// Heads of `vectors` × 8; inlined with MiniLM's 4 as a constant, so its loops unroll.
static inline __attribute__((always_inline)) void EK_FN(attention_heads)(
    const float *qkv, size_t length, size_t heads, size_t vectors, float scale, float *context, float *scratch) {
    const size_t head_size = 8 * vectors;
    const size_t hidden = heads * head_size, stride = 3 * hidden, padded = ek_padded(length);
    float *scores = scratch, *inverses = scratch + length * padded;  // [length × padded], [length]
    const vf scales = vf_set1(scale), negativeInfinity = vf_set1(-__builtin_inff());
    for (size_t h = 0; h < heads; h++) {
        const float *keys = qkv + hidden + h * head_size, *values = qkv + 2 * hidden + h * head_size;
        for (size_t i = 0; i < length; i++) {
            const float *query = qkv + i * stride + h * head_size;
            vf q[16];
            for (size_t t = 0; t < vectors; t++) q[t] = vf_load(query + 8 * t);
            for (size_t j = 0; j < padded; j += 8)
                vf_store(scores + i * padded + j,
                         vf_select(vf_index_below(j, length), EK_FN(scores8)(q, vectors, keys, stride, j, length, scales),
                                   negativeInfinity));
        }
        for (size_t i = 0; i < length; i++) {
            float *row = scores + i * padded;
            vf largest = negativeInfinity;
            for (size_t j = 0; j < padded; j += 8) largest = vf_max(largest, vf_load(row + j));
            const vf m = vf_set1(vf_largest(largest));
            vf total = vf_zero();
            for (size_t j = 0; j < padded; j += 8) {
                const vf s = vf_load(row + j);
                const vf e = vf_keep(vf_above_negative_infinity(s), EK_FN(exp_nonpositive)(vf_sub(s, m)));
                vf_store(row + j, e);
                total = vf_add(total, e);
            }
            inverses[i] = 1.0f / vf_sum(total);
        }
        for (size_t i = 0; i < length; i += 2) {
            const size_t k = i + 1 < length ? i + 1 : i;
            vf a[16], b[16];
            for (size_t t = 0; t < vectors; t++) a[t] = b[t] = vf_zero();
            const float *ra = scores + i * padded, *rb = scores + k * padded;
            for (size_t j = 0; j < length; j++) {
                EK_FN(accumulate)(a, vectors, vf_set1(ra[j]), values + j * stride);
                EK_FN(accumulate)(b, vectors, vf_set1(rb[j]), values + j * stride);
            }
            EK_FN(store_scaled)(context + i * hidden + h * head_size, a, vectors, inverses[i]);
            if (k != i) EK_FN(store_scaled)(context + k * hidden + h * head_size, b, vectors, inverses[k]);
        }
    }
}

void EK_FN(attention)(const float *qkv, size_t length, size_t heads, size_t head_size, float scale,
                      float *context, float *scratch) {
    if (head_size % 8 != 0 || head_size > 128 || length == 0) return;  // the caller checks
    if (head_size == 32) EK_FN(attention_heads)(qkv, length, heads, 4, scale, context, scratch);
    else EK_FN(attention_heads)(qkv, length, heads, head_size / 8, scale, context, scratch);
}

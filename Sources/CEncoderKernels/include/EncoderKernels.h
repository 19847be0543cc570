// AVX2 + FMA kernels of the MiniLM encoder's element-wise steps and self-attention.
//
// Swift compiles the engine for the x86-64 baseline (SSE2, no FMA), so its SIMD8<Float> code
// runs at half width. These few functions are compiled for AVX2 + FMA with per-function target
// attributes and are called only when `ek_cpu_has_avx2_fma()` says the CPU has both; otherwise
// the portable Swift kernels run. Buffers are row-major `float` arrays.
#ifndef ENCODER_KERNELS_H
#define ENCODER_KERNELS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when this CPU runs AVX2 and FMA instructions (always 0 on non-x86-64 builds).
int ek_cpu_has_avx2_fma(void);

/// In place exact GELU, `x · ½ (1 + erf(x / √2))`, with erf by a rational approximation
/// (about 1 ulp): the same formula as the Swift `FastMath.gelu`.
void ek_gelu_avx2(float *values, size_t count);

/// In place LayerNorm of `rows` rows of `width` (a multiple of 8):
/// `y = (x − μ) / √(σ² + ε) · γ + β`, μ and σ² the row's mean and biased variance.
void ek_layer_norm_avx2(float *x, size_t rows, size_t width, const float *scale, const float *shift,
                        float epsilon);

/// Floats of scratch that `ek_attention_avx2` needs for a sequence of `length` tokens.
size_t ek_attention_scratch_count(size_t length);

/// Multi-head self-attention of one sequence of `length` tokens, `softmax(Q Kᵀ · scale) V` per
/// head. `qkv` holds `length` rows `[q | k | v]` of `3 · heads · head_size` floats; head `h`'s
/// columns are `h · head_size ..< (h + 1) · head_size` of each part. The heads' outputs are
/// written side by side into `length` rows of `context` (row stride `heads · head_size`).
/// `head_size` must be 32; `scratch` holds `ek_attention_scratch_count(length)` floats.
void ek_attention_avx2(const float *qkv, size_t length, size_t heads, size_t head_size, float scale,
                       float *context, float *scratch);

#ifdef __cplusplus
}
#endif

#endif

// The engine's numeric kernels: matrix products in float and double, and the sentence encoder's
// element-wise steps and self-attention.
//
// Every kernel has one documented order of floating-point operations (fixed chains along k for
// products, fixed virtual lanes and trees for sums) that does not depend on the CPU: the
// AVX-512, AVX2 + FMA and portable paths run the same operations and give the same bits.
// Buffers are row-major. Callers pick a path that `ek_path_supported` allows.
#ifndef ENGINE_KERNELS_H
#define ENGINE_KERNELS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The implementations: the same results, different speed. EK_PATH_AVX512 is the AVX2 + FMA
/// path with its matrix products in AVX-512 registers.
typedef enum { EK_PATH_PORTABLE = 0, EK_PATH_AVX2 = 1, EK_PATH_AVX512 = 2 } ek_path;

/// 1 when this CPU (and this build) runs `path`.
int ek_path_supported(ek_path path);

/// C (m × n, row stride ldc) ← op(A) · op(B), or C + op(A) · op(B) when `accumulate` is 1.
/// op(A) is m × k: A is row-major with row stride lda, transposed when `transpose_a` (then A is
/// k × m). op(B) is k × n likewise. Each element of C is one chain of fused multiply-adds along k
/// in increasing order, c ← fma(a_ip, b_pj, c), starting from 0 (or from C's value when
/// accumulating).
void ek_sgemm(ek_path path, int transpose_a, int transpose_b, size_t m, size_t n, size_t k, const float *a,
              size_t lda, const float *b, size_t ldb, float *c, size_t ldc, int accumulate);
/// `ek_sgemm` in double precision, except that each step is c ← (a_ip · b_pj) + c with the
/// product rounded before the sum (not fused), on every path.
void ek_dgemm(ek_path path, int transpose_a, int transpose_b, size_t m, size_t n, size_t k, const double *a,
              size_t lda, const double *b, size_t ldb, double *c, size_t ldc, int accumulate);

/// The index of the first NaN or infinity among `count` doubles, or `count` when all are finite.
size_t ek_first_non_finite(const double *x, size_t count);

/// y[i] = eˣ⁽ⁱ⁾ for i < count (`y` may be `x`), bit for bit LinearAlgebra's `Math.exp` on every
/// path (msun's e_exp.c: Cody–Waite reduction by ln 2, a rational kernel, scaling by 2ᵏ).
void ek_exp(ek_path path, const double *x, double *y, size_t count);

/// y[i] = ln x⁽ⁱ⁾ for i < count (`y` may be `x`), bit for bit LinearAlgebra's `Math.log` on every
/// path (msun's e_log.c: x = 2ᵏ(1 + f), a degree-14 kernel in s = f / (2 + f)).
void ek_log(ek_path path, const double *x, double *y, size_t count);

/// Softmax of each of `rows` rows of `columns` doubles in place after adding `offsets`
/// (`columns` of them): per row m = max zⱼ, pⱼ = e^(zⱼ − m) · (1 / S), S = Σⱼ e^(zⱼ − m) in column
/// order, the exponentials as `ek_exp`. Writes m to `largest[r]` and S to `sums[r]`.
void ek_softmax_rows(ek_path path, double *z, size_t rows, size_t columns, const double *offsets, double *largest,
                     double *sums);

/// One Adam step over `count` parameters θ with moments m, v and gradient g, in place; the
/// constants are β₁, β₂, c₁ = 1 − β₁ᵗ, c₂ = 1 − β₂ᵗ, the learning rate η and ε. Per element,
/// each operation rounded once: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + ((1 − β₂)·g)·g,
/// θ ← θ − (η·(m / c₁)) / (√(v / c₂) + ε), where m / c₁ is m when c₁ = 1.
void ek_adam_step(ek_path path, double *m, double *v, double *theta, const double *g, size_t count,
                  const double constants[6]);

/// In place exact GELU, x · ½ (1 + erf(x / √2)), erf by a rational approximation (about 1 ulp).
void ek_gelu(ek_path path, float *values, size_t count);

/// In place LayerNorm of `rows` rows of `width` (a multiple of 8):
/// y = (x − μ) / √(σ² + ε) · γ + β, μ and σ² the row's mean and biased variance.
void ek_layer_norm(ek_path path, float *x, size_t rows, size_t width, const float *scale, const float *shift,
                   float epsilon);

/// Floats of scratch that `ek_attention` needs for a sequence of `length` tokens.
size_t ek_attention_scratch_count(size_t length);

/// Multi-head self-attention of one sequence of `length` tokens, softmax(Q Kᵀ · scale) V per
/// head. `qkv` holds `length` rows [q | k | v] of 3 · heads · head_size floats; head h's columns
/// are h · head_size ..< (h + 1) · head_size of each part. The heads' outputs are written side by
/// side into `length` rows of `context` (row stride heads · head_size). `head_size` must be a
/// multiple of 8 and at most 128 (else nothing is written); `scratch` holds
/// `ek_attention_scratch_count(length)` floats.
void ek_attention(ek_path path, const float *qkv, size_t length, size_t heads, size_t head_size, float scale,
                  float *context, float *scratch);

/// The path of the binary (shared library or executable) that holds these kernels, or NULL when
/// the dynamic linker cannot tell: what the embedding cache hashes as "the kernel code".
const char *ek_code_location(void);

#ifdef __cplusplus
}
#endif

#endif

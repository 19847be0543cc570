// Declarations shared by the kernel files (not part of the public header).
#ifndef EK_INTERNAL_H
#define EK_INTERNAL_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/// A row-major matrix operand: element (i, p) of op(M) is `values[i * stride + p]`, or
/// `values[p * stride + i]` when `transposed`.
typedef struct { const float *values; size_t stride; int transposed; } ek_operand_f;
typedef struct { const double *values; size_t stride; int transposed; } ek_operand_d;

/// A per-thread scratch buffer of at least `bytes` bytes, 64-byte aligned, kept for the
/// thread's next call and freed when the thread exits. Aborts only if memory is exhausted.
void *ek_workspace(size_t bytes);

/// A path's matrix products, generated from Products.h.
#define EK_DECLARE_PRODUCTS(path)                                                                        \
    void ek_sgemm_##path(ek_operand_f a, ek_operand_f b, size_t m, size_t n, size_t k, float *c, size_t ldc, \
                         int accumulate);                                                                \
    void ek_dgemm_##path(ek_operand_d a, ek_operand_d b, size_t m, size_t n, size_t k, double *c,          \
                         size_t ldc, int accumulate);
/// The portable and AVX2 paths' functions, generated from Kernels.h.
#define EK_DECLARE_PATH(path)                                                                            \
    EK_DECLARE_PRODUCTS(path)                                                                            \
    void ek_gelu_##path(float *values, size_t count);                                                    \
    void ek_exp_##path(const double *x, double *y, size_t count);                                        \
    void ek_log_##path(const double *x, double *y, size_t count);                                        \
    void ek_softmax_rows_##path(double *z, size_t rows, size_t columns, const double *offsets, double *largest, \
                                double *sums);                                                           \
    void ek_adam_step_##path(double *m, double *v, double *theta, const double *g, size_t count,            \
                             const double *constants);                                                   \
    void ek_layer_norm_##path(float *x, size_t rows, size_t width, const float *scale, const float *shift, \
                              float epsilon);                                                            \
    void ek_attention_##path(const float *qkv, size_t length, size_t heads, size_t head_size, float scale, \
                             float *context, float *scratch);                                           
EK_DECLARE_PATH(portable)
EK_DECLARE_PATH(avx2)
EK_DECLARE_PRODUCTS(avx512)

/// Sequence length rounded up to whole vectors of 8.
static inline size_t ek_padded(size_t length) { return (length + 7) & ~(size_t)7; }

#endif

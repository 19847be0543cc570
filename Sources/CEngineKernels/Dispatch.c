// The public entry points: each forwards to the chosen path's function.
#include "EngineKernels.h"
#include "Internal.h"

int ek_path_supported(ek_path path) {
    switch (path) {
    case EK_PATH_PORTABLE: return 1;
    case EK_PATH_AVX2:
    case EK_PATH_AVX512:
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
        // __builtin_cpu_supports reports AVX-512F only when the OS also saves the zmm registers.
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")
            && (path == EK_PATH_AVX2 || __builtin_cpu_supports("avx512f"));
#else
        return 0;
#endif
    }
    return 0;
}

// EK_DISPATCH: the AVX-512 path runs the AVX2 form of every kernel but the products, which
// EK_DISPATCH_PRODUCT sends to their AVX-512 form.
#if defined(__x86_64__)
#define EK_DISPATCH(path, name, ...) \
    do { if ((path) != EK_PATH_PORTABLE) ek_##name##_avx2(__VA_ARGS__); else ek_##name##_portable(__VA_ARGS__); } while (0)
#define EK_DISPATCH_PRODUCT(path, name, ...)                                          \
    do {                                                                              \
        if ((path) == EK_PATH_AVX512) ek_##name##_avx512(__VA_ARGS__);                \
        else EK_DISPATCH(path, name, __VA_ARGS__);                                    \
    } while (0)
#else
#define EK_DISPATCH(path, name, ...) ek_##name##_portable(__VA_ARGS__)
#define EK_DISPATCH_PRODUCT EK_DISPATCH
#endif

void ek_sgemm(ek_path path, int transpose_a, int transpose_b, size_t m, size_t n, size_t k, const float *a,
              size_t lda, const float *b, size_t ldb, float *c, size_t ldc, int accumulate) {
    const ek_operand_f left = {a, lda, transpose_a}, right = {b, ldb, transpose_b};
    EK_DISPATCH_PRODUCT(path, sgemm, left, right, m, n, k, c, ldc, accumulate);
}

void ek_dgemm(ek_path path, int transpose_a, int transpose_b, size_t m, size_t n, size_t k, const double *a,
              size_t lda, const double *b, size_t ldb, double *c, size_t ldc, int accumulate) {
    const ek_operand_d left = {a, lda, transpose_a}, right = {b, ldb, transpose_b};
    EK_DISPATCH_PRODUCT(path, dgemm, left, right, m, n, k, c, ldc, accumulate);
}

void ek_gelu(ek_path path, float *values, size_t count) { EK_DISPATCH(path, gelu, values, count); }

size_t ek_first_non_finite(const double *x, size_t count) {
    // NaN and ±∞ are the doubles whose 11 exponent bits are all ones: exactly those for which
    // (bits & exponent) + 2⁵² carries into the sign bit. Blocks of 256 are tested with that
    // AND, ADD and OR alone (64-bit lane operations every x86-64 has, so the compiler
    // vectorises the loop for the baseline); a block that has one is searched.
    const uint64_t exponent = 0x7FF0000000000000u, carry = 0x0010000000000000u;
    for (size_t start = 0; start < count; start += 256) {
        const size_t end = count - start < 256 ? count : start + 256;
        uint64_t found = 0;
        for (size_t i = start; i < end; i++) {
            uint64_t bits;
            memcpy(&bits, x + i, sizeof bits);
            found |= (bits & exponent) + carry;
        }
        if (found >> 63)
            for (size_t i = start; i < end; i++) {
                uint64_t bits;
                memcpy(&bits, x + i, sizeof bits);
                if ((bits & exponent) == exponent) return i;
            }
    }
    return count;
}

void ek_exp(ek_path path, const double *x, double *y, size_t count) { EK_DISPATCH(path, exp, x, y, count); }

void ek_log(ek_path path, const double *x, double *y, size_t count) { EK_DISPATCH(path, log, x, y, count); }

void ek_softmax_rows(ek_path path, double *z, size_t rows, size_t columns, const double *offsets, double *largest,
                     double *sums) {
    EK_DISPATCH(path, softmax_rows, z, rows, columns, offsets, largest, sums);
}

void ek_adam_step(ek_path path, double *m, double *v, double *theta, const double *g, size_t count,
                  const double constants[6]) {
    EK_DISPATCH(path, adam_step, m, v, theta, g, count, constants);
}

void ek_layer_norm(ek_path path, float *x, size_t rows, size_t width, const float *scale, const float *shift,
                   float epsilon) {
    EK_DISPATCH(path, layer_norm, x, rows, width, scale, shift, epsilon);
}

size_t ek_attention_scratch_count(size_t length) { return (length + 1) * ek_padded(length); }

void ek_attention(ek_path path, const float *qkv, size_t length, size_t heads, size_t head_size, float scale,
                  float *context, float *scratch) {
    EK_DISPATCH(path, attention, qkv, length, heads, head_size, scale, context, scratch);
}

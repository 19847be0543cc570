// GELU and LayerNorm over whole activation buffers.
#include "EncoderKernels.h"
#include "VectorMath.h"

#if defined(__x86_64__)

static inline EK_AVX2 __m256 ek_gelu8(__m256 x) {
    __m256 e = ek_erf(_mm256_mul_ps(x, _mm256_set1_ps(0.70710678118654752440f)));
    return _mm256_mul_ps(_mm256_mul_ps(_mm256_set1_ps(0.5f), x), _mm256_add_ps(e, _mm256_set1_ps(1)));
}

EK_AVX2 void ek_gelu_avx2(float *values, size_t count) {
    size_t i = 0;
    for (; i + 16 <= count; i += 16) {  // two independent vectors a step for instruction-level parallelism
        __m256 x0 = _mm256_loadu_ps(values + i), x1 = _mm256_loadu_ps(values + i + 8);
        _mm256_storeu_ps(values + i, ek_gelu8(x0));
        _mm256_storeu_ps(values + i + 8, ek_gelu8(x1));
    }
    if (i < count) {  // the tail through a zero-padded vector
        float tail[8] = {0};
        size_t rest = count - i;
        for (size_t j = 0; j < rest && j < 8; j++) tail[j] = values[i + j];
        _mm256_storeu_ps(tail, ek_gelu8(_mm256_loadu_ps(tail)));
        for (size_t j = 0; j < rest && j < 8; j++) values[i + j] = tail[j];
        if (rest > 8) ek_gelu_avx2(values + i + 8, rest - 8);
    }
}

EK_AVX2 void ek_layer_norm_avx2(float *x, size_t rows, size_t width, const float *scale, const float *shift,
                                float epsilon) {
    const float inverseWidth = 1.0f / (float)width;
    for (size_t r = 0; r < rows; r++) {
        float *row = x + r * width;
        __m256 sum0 = _mm256_setzero_ps(), sum1 = _mm256_setzero_ps();
        size_t j = 0;
        for (; j + 16 <= width; j += 16) {
            sum0 = _mm256_add_ps(sum0, _mm256_loadu_ps(row + j));
            sum1 = _mm256_add_ps(sum1, _mm256_loadu_ps(row + j + 8));
        }
        for (; j < width; j += 8) sum0 = _mm256_add_ps(sum0, _mm256_loadu_ps(row + j));
        const __m256 mean = _mm256_set1_ps(ek_sum(_mm256_add_ps(sum0, sum1)) * inverseWidth);
        __m256 squares0 = _mm256_setzero_ps(), squares1 = _mm256_setzero_ps();
        for (j = 0; j + 16 <= width; j += 16) {
            __m256 d0 = _mm256_sub_ps(_mm256_loadu_ps(row + j), mean);
            __m256 d1 = _mm256_sub_ps(_mm256_loadu_ps(row + j + 8), mean);
            squares0 = _mm256_fmadd_ps(d0, d0, squares0);
            squares1 = _mm256_fmadd_ps(d1, d1, squares1);
        }
        for (; j < width; j += 8) {
            __m256 d = _mm256_sub_ps(_mm256_loadu_ps(row + j), mean);
            squares0 = _mm256_fmadd_ps(d, d, squares0);
        }
        float variance = ek_sum(_mm256_add_ps(squares0, squares1)) * inverseWidth;
        const __m256 inverse = _mm256_set1_ps(1.0f / __builtin_sqrtf(variance + epsilon));
        for (j = 0; j < width; j += 8) {
            __m256 normalised = _mm256_mul_ps(_mm256_sub_ps(_mm256_loadu_ps(row + j), mean), inverse);
            _mm256_storeu_ps(row + j, _mm256_fmadd_ps(normalised, _mm256_loadu_ps(scale + j), _mm256_loadu_ps(shift + j)));
        }
    }
}

#else

void ek_gelu_avx2(float *values, size_t count) { (void)values; (void)count; __builtin_trap(); }
void ek_layer_norm_avx2(float *x, size_t rows, size_t width, const float *scale, const float *shift, float epsilon) {
    (void)x; (void)rows; (void)width; (void)scale; (void)shift; (void)epsilon; __builtin_trap();
}

#endif

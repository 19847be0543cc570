// Vectorised exp and erf for AVX2 + FMA (internal to the kernels).
#ifndef ENCODER_KERNELS_VECTOR_MATH_H
#define ENCODER_KERNELS_VECTOR_MATH_H

#if defined(__x86_64__)
#include <immintrin.h>

#define EK_AVX2 __attribute__((target("avx2,fma")))

/// exp(x) for x ≤ 0 (softmax after subtracting the row maximum), about 1 ulp: x = n·ln 2 + r
/// with |r| ≤ ½ ln 2, e^r by Cephes' degree-6 polynomial, 2ⁿ put into the exponent bits.
/// Inputs below −86 are clamped there: e⁻⁸⁶ ≈ 4·10⁻³⁸ is still a normal float (a softmax term
/// that small vanishes beside the maximum's 1), and no result is ever subnormal — subnormal
/// results take a slow microcode path on x86.
static inline EK_AVX2 __m256 ek_exp_nonpositive(__m256 x) {
    x = _mm256_max_ps(x, _mm256_set1_ps(-86.0f));
    __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                               _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
    __m256 y = _mm256_fmadd_ps(_mm256_mul_ps(p, r), r, _mm256_add_ps(r, _mm256_set1_ps(1)));
    __m256i bits = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(y, _mm256_castsi256_ps(bits));
}

/// erf(x) ≈ x · P(x²) / Q(x²) on x clamped to [−4, 4]: Eigen's single-precision rational
/// approximation (P of degree 6, Q of degree 4 in x², about 1 ulp), as Swift's `FastMath.erf`.
static inline EK_AVX2 __m256 ek_erf(__m256 v) {
    __m256 x = _mm256_min_ps(_mm256_max_ps(v, _mm256_set1_ps(-4)), _mm256_set1_ps(4));
    __m256 y = _mm256_mul_ps(x, x);
    __m256 p = _mm256_set1_ps(-2.72614225801306e-10f);
    p = _mm256_fmadd_ps(p, y, _mm256_set1_ps(2.77068142495902e-08f));
    p = _mm256_fmadd_ps(p, y, _mm256_set1_ps(-2.10102402082508e-06f));
    p = _mm256_fmadd_ps(p, y, _mm256_set1_ps(-5.69250639462346e-05f));
    p = _mm256_fmadd_ps(p, y, _mm256_set1_ps(-7.34990630326855e-04f));
    p = _mm256_fmadd_ps(p, y, _mm256_set1_ps(-2.95459980854025e-03f));
    p = _mm256_fmadd_ps(p, y, _mm256_set1_ps(-1.60960333262415e-02f));
    __m256 q = _mm256_set1_ps(-1.45660718464996e-05f);
    q = _mm256_fmadd_ps(q, y, _mm256_set1_ps(-2.13374055278905e-04f));
    q = _mm256_fmadd_ps(q, y, _mm256_set1_ps(-1.68282697438203e-03f));
    q = _mm256_fmadd_ps(q, y, _mm256_set1_ps(-7.37332916720468e-03f));
    q = _mm256_fmadd_ps(q, y, _mm256_set1_ps(-1.42647390514189e-02f));
    // A true division: on Zen 3 it measured faster than the reciprocal estimate plus a Newton step.
    return _mm256_div_ps(_mm256_mul_ps(x, p), q);
}

/// Horizontal sum of the eight lanes.
static inline EK_AVX2 float ek_sum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

/// Horizontal maximum of the eight lanes.
static inline EK_AVX2 float ek_max(__m256 v) {
    __m128 m = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    m = _mm_max_ss(m, _mm_movehdup_ps(m));
    return _mm_cvtss_f32(m);
}

#endif
#endif

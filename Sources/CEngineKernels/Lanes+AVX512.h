// The lane operations the matrix products need (Products.h), for AVX-512: 16 float lanes or 8
// double lanes in one register. Only the products have an AVX-512 form: their order of
// operations runs along k inside each lane and never across lanes, so a wider register only
// covers more columns at once (see GEMM.h) and the bits are the AVX2 path's. Every other kernel
// has sums across lanes in fixed 8- or 4-lane trees, and the AVX-512 path runs their AVX2 form.
#ifndef EK_LANES_AVX512_H
#define EK_LANES_AVX512_H
#include <immintrin.h>

typedef __m512 vf;   // 16 floats
typedef __m512d vd;  // 8 doubles
#define EK_FLOAT_LANES 16
#define EK_DOUBLE_LANES 8

static inline vf vf_zero(void) { return _mm512_setzero_ps(); }
static inline vf vf_set1(float x) { return _mm512_set1_ps(x); }
static inline vf vf_load(const float *p) { return _mm512_loadu_ps(p); }
static inline void vf_store(float *p, vf v) { _mm512_storeu_ps(p, v); }
/// a·b + c, rounded once.
static inline vf vf_fma(vf a, vf b, vf c) { return _mm512_fmadd_ps(a, b, c); }

static inline vd vd_zero(void) { return _mm512_setzero_pd(); }
static inline vd vd_set1(double x) { return _mm512_set1_pd(x); }
static inline vd vd_load(const double *p) { return _mm512_loadu_pd(p); }
static inline void vd_store(double *p, vd v) { _mm512_storeu_pd(p, v); }
/// (a·b) + c: the product rounded, then the sum (not fused).
static inline vd vd_mul_add(vd a, vd b, vd c) { return _mm512_add_pd(_mm512_mul_pd(a, b), c); }

#endif

// The lane operations of the portable path: the same operations as Lanes+AVX2.h, lane by lane in
// plain C for any CPU. A float fused multiply-add is emulated exactly in double arithmetic
// (`ek_fmaf`: one rounding, as the instruction); every other operation is one IEEE-754
// operation per lane, so the results are the AVX2 path's to the bit.
#ifndef EK_LANES_PORTABLE_H
#define EK_LANES_PORTABLE_H
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct { float v[8]; } vf;
typedef struct { double v[4]; } vd;
#define EK_FLOAT_LANES 8
#define EK_DOUBLE_LANES 4
typedef struct { int m[8]; } vmask;

#define EK_EACH8(body) for (int u = 0; u < 8; u++) { body; }
#define EK_EACH4(body) for (int u = 0; u < 4; u++) { body; }

static inline vf vf_zero(void) { vf r; EK_EACH8(r.v[u] = 0.0f); return r; }
static inline vf vf_set1(float x) { vf r; EK_EACH8(r.v[u] = x); return r; }
static inline vf vf_load(const float *p) { vf r; memcpy(r.v, p, sizeof r.v); return r; }
static inline void vf_store(float *p, vf v) { memcpy(p, v.v, sizeof v.v); }
static inline vf vf_add(vf a, vf b) { vf r; EK_EACH8(r.v[u] = a.v[u] + b.v[u]); return r; }
static inline vf vf_sub(vf a, vf b) { vf r; EK_EACH8(r.v[u] = a.v[u] - b.v[u]); return r; }
static inline vf vf_mul(vf a, vf b) { vf r; EK_EACH8(r.v[u] = a.v[u] * b.v[u]); return r; }
static inline vf vf_div(vf a, vf b) { vf r; EK_EACH8(r.v[u] = a.v[u] / b.v[u]); return r; }
/// fmaf(a, b, c) — a·b + c rounded once — without an FMA instruction or a call: the product of
/// two floats is exact in double (48 of 53 bits); the double sum s = p + c is rounded to odd
/// (TwoSum gives its exact error e; when e ≠ 0 and s's last bit is even, s moves one ulp towards
/// the exact sum), and rounding a round-to-odd value with ≥ 2 extra bits to float rounds the
/// exact sum correctly (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums", 2008).
/// Infinities and NaN pass through the plain sum, as fmaf's do.
static inline float ek_fmaf(float a, float b, float c) {
    const double p = (double)a * (double)b, z = (double)c;
    const double s = p + z, pp = s - z, e = (p - pp) + (z - (s - pp));
    uint64_t bits;
    memcpy(&bits, &s, 8);
    if (e != 0 && !(bits & 1) && s - s == 0) bits += (e > 0) == (s > 0) ? 1 : (uint64_t)-1;
    double odd;
    memcpy(&odd, &bits, 8);
    return (float)odd;
}
static inline vf vf_fma(vf a, vf b, vf c) { vf r; EK_EACH8(r.v[u] = ek_fmaf(a.v[u], b.v[u], c.v[u])); return r; }
static inline vf vf_fnma(vf a, vf b, vf c) { vf r; EK_EACH8(r.v[u] = ek_fmaf(-a.v[u], b.v[u], c.v[u])); return r; }
static inline vf vf_max(vf a, vf b) { vf r; EK_EACH8(r.v[u] = a.v[u] > b.v[u] ? a.v[u] : b.v[u]); return r; }
static inline vf vf_min(vf a, vf b) { vf r; EK_EACH8(r.v[u] = a.v[u] < b.v[u] ? a.v[u] : b.v[u]); return r; }
static inline vf vf_round(vf a) { vf r; EK_EACH8(r.v[u] = nearbyintf(a.v[u])); return r; }
static inline vf vf_pow2i(vf n) {
    vf r;
    EK_EACH8(uint32_t bits = (uint32_t)((int32_t)n.v[u] + 127) << 23; memcpy(&r.v[u], &bits, 4));
    return r;
}
static inline vmask vf_index_below(size_t first, size_t end) {
    vmask r;
    EK_EACH8(r.m[u] = (float)u + (float)first < (float)end);
    return r;
}
static inline vmask vf_above_negative_infinity(vf a) {
    vmask r;
    EK_EACH8(r.m[u] = a.v[u] != -INFINITY && a.v[u] == a.v[u]);
    return r;
}
static inline vf vf_select(vmask mask, vf a, vf b) { vf r; EK_EACH8(r.v[u] = mask.m[u] ? a.v[u] : b.v[u]); return r; }
static inline vf vf_keep(vmask mask, vf a) { vf r; EK_EACH8(r.v[u] = mask.m[u] ? a.v[u] : 0.0f); return r; }

static inline float vf_sum(vf v) {
    const float *x = v.v;
    return ((x[0] + x[4]) + (x[2] + x[6])) + ((x[1] + x[5]) + (x[3] + x[7]));
}
static inline float ek_max2(float a, float b) { return a > b ? a : b; }
static inline float vf_largest(vf v) {
    const float *x = v.v;
    return ek_max2(ek_max2(ek_max2(x[0], x[4]), ek_max2(x[2], x[6])), ek_max2(ek_max2(x[1], x[5]), ek_max2(x[3], x[7])));
}
static inline vf vf_sums8(const vf a[8]) {
    vf r;
    EK_EACH8(const float *x = a[u].v; r.v[u] = ((x[0] + x[1]) + (x[2] + x[3])) + ((x[4] + x[5]) + (x[6] + x[7])));
    return r;
}

static inline vd vd_zero(void) { vd r; EK_EACH4(r.v[u] = 0.0); return r; }
static inline vd vd_set1(double x) { vd r; EK_EACH4(r.v[u] = x); return r; }
static inline vd vd_load(const double *p) { vd r; memcpy(r.v, p, sizeof r.v); return r; }
static inline void vd_store(double *p, vd v) { memcpy(p, v.v, sizeof v.v); }
static inline vd vd_mul_add(vd a, vd b, vd c) { vd r; EK_EACH4(r.v[u] = a.v[u] * b.v[u] + c.v[u]); return r; }
static inline vd vd_add(vd a, vd b) { vd r; EK_EACH4(r.v[u] = a.v[u] + b.v[u]); return r; }
static inline vd vd_sub(vd a, vd b) { vd r; EK_EACH4(r.v[u] = a.v[u] - b.v[u]); return r; }
static inline vd vd_mul(vd a, vd b) { vd r; EK_EACH4(r.v[u] = a.v[u] * b.v[u]); return r; }
static inline vd vd_div(vd a, vd b) { vd r; EK_EACH4(r.v[u] = a.v[u] / b.v[u]); return r; }
static inline vd vd_sqrt(vd a) { vd r; EK_EACH4(r.v[u] = __builtin_sqrt(a.v[u])); return r; }
static inline vd vd_round(vd a) { vd r; EK_EACH4(r.v[u] = __builtin_roundeven(a.v[u])); return r; }
static inline vd vd_pow2i(vd k) {
    vd r;
    EK_EACH4(const uint64_t bits = (uint64_t)(1023 + (int64_t)k.v[u]) << 52; memcpy(&r.v[u], &bits, sizeof bits));
    return r;
}

static inline vd vd_exponent(vd x) {
    vd r;
    EK_EACH4(uint64_t bits; memcpy(&bits, &x.v[u], sizeof bits); r.v[u] = (double)((int64_t)(bits >> 52) - 1023));
    return r;
}
static inline vd vd_significand(vd x) {
    vd r;
    EK_EACH4(uint64_t bits; memcpy(&bits, &x.v[u], sizeof bits); bits = (bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL;
             memcpy(&r.v[u], &bits, sizeof bits));
    return r;
}
static inline vd vd_select_at_least(vd a, vd b, vd yes, vd no) { vd r; EK_EACH4(r.v[u] = a.v[u] >= b.v[u] ? yes.v[u] : no.v[u]); return r; }

#endif

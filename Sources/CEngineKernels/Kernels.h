// Every kernel of the engine, written once against the lane operations (Lanes+AVX2.h or
// Lanes+Portable.h, included before this file with EK_FN naming the path's functions). The
// reductions use fixed virtual lanes and fixed trees (stated at each), never the hardware's
// width, so each path computes the same operations in the same order.

// ---- Matrix products ------------------------------------------------------------------------
#include "Products.h"

// ---- Element-wise functions ------------------------------------------------------------------

/// exp(x) for x ≤ 0 (softmax after subtracting the row maximum), about 1 ulp: x = n·ln 2 + r
/// with n = round(x / ln 2) and ln 2 in two parts (Cody–Waite), e^r = 1 + r + r²·P(r) with
/// Cephes' degree-5 P by Horner's rule in fused multiply-adds, and 2ⁿ put into the exponent bits.
/// Inputs below −86 are clamped there: e⁻⁸⁶ ≈ 4·10⁻³⁸ is still a normal float (a softmax term
/// that small vanishes beside the maximum's 1), and no result is subnormal (a slow path on x86).
static inline vf EK_FN(exp_nonpositive)(vf x) {
    x = vf_max(x, vf_set1(-86.0f));
    const vf n = vf_round(vf_mul(x, vf_set1(1.44269504088896341f)));
    vf r = vf_fnma(n, vf_set1(0.693359375f), x);
    r = vf_fnma(n, vf_set1(-2.12194440e-4f), r);
    vf p = vf_set1(1.9875691500e-4f);
    p = vf_fma(p, r, vf_set1(1.3981999507e-3f));
    p = vf_fma(p, r, vf_set1(8.3334519073e-3f));
    p = vf_fma(p, r, vf_set1(4.1665795894e-2f));
    p = vf_fma(p, r, vf_set1(1.6666665459e-1f));
    p = vf_fma(p, r, vf_set1(5.0000001201e-1f));
    const vf y = vf_fma(vf_mul(p, r), r, vf_add(r, vf_set1(1)));
    return vf_mul(y, vf_pow2i(n));
}

/// erf(x) ≈ x · P(x²) / Q(x²) on x clamped to [−4, 4] (erf is ±1 in float beyond): Eigen's
/// single-precision rational approximation, P of degree 6 and Q of degree 4 in x², both by
/// Horner's rule in fused multiply-adds, then one true division (about 1 ulp).
static inline vf EK_FN(erf)(vf v) {
    const vf x = vf_min(vf_max(v, vf_set1(-4)), vf_set1(4));
    const vf y = vf_mul(x, x);
    vf p = vf_set1(-2.72614225801306e-10f);
    p = vf_fma(p, y, vf_set1(2.77068142495902e-08f));
    p = vf_fma(p, y, vf_set1(-2.10102402082508e-06f));
    p = vf_fma(p, y, vf_set1(-5.69250639462346e-05f));
    p = vf_fma(p, y, vf_set1(-7.34990630326855e-04f));
    p = vf_fma(p, y, vf_set1(-2.95459980854025e-03f));
    p = vf_fma(p, y, vf_set1(-1.60960333262415e-02f));
    vf q = vf_set1(-1.45660718464996e-05f);
    q = vf_fma(q, y, vf_set1(-2.13374055278905e-04f));
    q = vf_fma(q, y, vf_set1(-1.68282697438203e-03f));
    q = vf_fma(q, y, vf_set1(-7.37332916720468e-03f));
    q = vf_fma(q, y, vf_set1(-1.42647390514189e-02f));
    return vf_div(vf_mul(x, p), q);
}

/// The body of an array function y[i] = NAME_one(x[i]) for i < count (y may be x): four lanes
/// at a time through NAME4 where NAME_plain holds for all four, else lane by lane, and the tail
/// lane by lane. A macro, so each lane function is called directly and inlined.
#define EK_FOUR_AT_A_TIME(name, x, y, count)                                                              \
    do {                                                                                                 \
        size_t i = 0;                                                                                    \
        for (; i + 4 <= (count); i += 4) {                                                               \
            if (EK_FN(name##_plain)((x)[i]) & EK_FN(name##_plain)((x)[i + 1]) & EK_FN(name##_plain)((x)[i + 2]) \
                & EK_FN(name##_plain)((x)[i + 3]))                                                       \
                vd_store((y) + i, EK_FN(name##4)(vd_load((x) + i)));                                     \
            else                                                                                         \
                for (size_t u = i; u < i + 4; u++) (y)[u] = EK_FN(name##_one)((x)[u]);                   \
        }                                                                                                \
        for (; i < (count); i++) (y)[i] = EK_FN(name##_one)((x)[i]);                                     \
    } while (0)

/// LinearAlgebra's `Math.exp` (msun's e_exp.c) of one double, the same operations in the same
/// order (this file is compiled with FP_CONTRACT OFF): x = k·ln 2 + (hi − lo) with
/// k = round(x / ln 2) and ln 2 in two parts; r = hi − lo, z = r², c = r − z·P(z) with msun's
/// degree-5 P by Horner's rule, eʳ = 1 − ((lo − r·c / (2 − c)) − hi); then eʳ·2ᵏ by exact
/// multiplications by powers of two.
static double EK_FN(exp_one)(double x) {
    if (x != x) return x + x;
    if (x > 0x1.62e42fefa39efp+9) return __builtin_inf();
    if (x < -0x1.74910d52d3051p+9) return 0;
    if (__builtin_fabs(x) < 0x1p-28) return 1 + x;
    const double k = __builtin_roundeven(x * 0x1.71547652b82fep+0);
    const double hi = x - k * 0x1.62e42fee00000p-1, lo = k * 0x1.a39ef35793c76p-33;
    const double r = hi - lo, z = r * r;
    const double c = r - z * (0x1.555555555553ep-3 + z * (-0x1.6c16c16bebd93p-9 + z * (0x1.1566aaf25de2cp-14
                     + z * (-0x1.bbd41c5d26bf1p-20 + z * 0x1.6376972bea4d0p-25))));
    const double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    const int n = (int)k;
    uint64_t bits;
    double scale;
    if (n > 1023) return y * 2 * 0x1p1023;
    bits = (uint64_t)(1023 + (n >= -1021 ? n : n + 1000)) << 52;
    memcpy(&scale, &bits, sizeof scale);
    return n >= -1021 ? y * scale : y * scale * 0x1p-1000;
}

/// `exp_one` of four lanes that all lie in [−708, 709] and are 0 or at least 2⁻²⁸ in size, where
/// its special cases never apply and 2ᵏ is one normal power of two.
static inline vd EK_FN(exp4)(vd x) {
    const vd k = vd_round(vd_mul(x, vd_set1(0x1.71547652b82fep+0)));
    const vd hi = vd_sub(x, vd_mul(k, vd_set1(0x1.62e42fee00000p-1))), lo = vd_mul(k, vd_set1(0x1.a39ef35793c76p-33));
    const vd r = vd_sub(hi, lo), z = vd_mul(r, r);
    vd p = vd_add(vd_set1(-0x1.bbd41c5d26bf1p-20), vd_mul(z, vd_set1(0x1.6376972bea4d0p-25)));
    p = vd_add(vd_set1(0x1.1566aaf25de2cp-14), vd_mul(z, p));
    p = vd_add(vd_set1(-0x1.6c16c16bebd93p-9), vd_mul(z, p));
    p = vd_add(vd_set1(0x1.555555555553ep-3), vd_mul(z, p));
    const vd c = vd_sub(r, vd_mul(z, p));
    const vd q = vd_div(vd_mul(r, c), vd_sub(vd_set1(2), c));
    const vd y = vd_sub(vd_set1(1), vd_sub(vd_sub(lo, q), hi));
    return vd_mul(y, vd_pow2i(k));
}

/// Whether `exp4` computes x as `exp_one` does.
static inline int EK_FN(exp_plain)(double x) {
    return x >= -708.0 && x <= 709.0 && (x == 0 || __builtin_fabs(x) >= 0x1p-28);
}

/// y[i] = `exp_one`(x[i]) for i < count (y may be x): four at a time where all four are plain.
void EK_FN(exp)(const double *x, double *y, size_t count) { EK_FOUR_AT_A_TIME(exp, x, y, count); }

/// LinearAlgebra's `Math.log` (msun's e_log.c) of one double, the same operations in the same
/// order: x = 2ᵏ · (1 + f) with √½ ≤ 1 + f < √2 (a subnormal x is first scaled by 2⁵⁴, exactly);
/// s = f / (2 + f), R = s · (f²/2 + (even + odd)) with msun's Lg1…Lg7 in two interleaved halves;
/// ln x = k·ln2Hi − ((f²/2 − (R + k·ln2Lo)) − f), or k·ln2Hi + k·ln2Lo when f = 0.
static double EK_FN(log_one)(double x) {
    if (x != x) return x + x;
    if (x == 0) return -__builtin_inf();
    if (x < 0) return __builtin_nan("");
    if (x == __builtin_inf()) return x;
    int k = 0;
    if (x < 0x1p-1022) { x *= 0x1p54; k = -54; }
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    k += (int)(bits >> 52) - 1023;
    bits = (bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL;
    double m;
    memcpy(&m, &bits, sizeof m);
    if (m >= 0x1.6a09e667f3bcdp+0) { m *= 0.5; k += 1; }
    const double f = m - 1, dk = (double)k;
    if (f == 0) return dk * 0x1.62e42fee00000p-1 + dk * 0x1.a39ef35793c76p-33;
    const double hfsq = 0.5 * f * f;
    const double s = f / (2 + f), z = s * s, w = z * z;
    const double odd = w * (0x1.999999997fa04p-2 + w * (0x1.c71c51d8e78afp-3 + w * 0x1.39a09d078c69fp-3));
    const double even = z * (0x1.5555555555593p-1 + w * (0x1.2492494229359p-2 + w * (0x1.7466496cb03dep-3 + w * 0x1.2f112df3e5244p-3)));
    const double r = s * (0.5 * f * f + (even + odd));
    return dk * 0x1.62e42fee00000p-1 - ((hfsq - (r + dk * 0x1.a39ef35793c76p-33)) - f);
}

/// `log_one` of four lanes that are all positive, normal and finite. No lane needs the f = 0
/// branch: there R = 0 and hfsq = 0, so the general formula is k·ln2Hi − (−k·ln2Lo), which IEEE
/// subtraction computes as the same sum.
static inline vd EK_FN(log4)(vd x) {
    const vd reduce = vd_set1(0x1.6a09e667f3bcdp+0);
    const vd e = vd_exponent(x), m0 = vd_significand(x);
    const vd m = vd_select_at_least(m0, reduce, vd_mul(m0, vd_set1(0.5)), m0);
    const vd dk = vd_select_at_least(m0, reduce, vd_add(e, vd_set1(1)), e);
    const vd f = vd_sub(m, vd_set1(1));
    const vd half = vd_mul(vd_mul(vd_set1(0.5), f), f);
    const vd s = vd_div(f, vd_add(vd_set1(2), f)), z = vd_mul(s, s), w = vd_mul(z, z);
    vd odd = vd_add(vd_set1(0x1.c71c51d8e78afp-3), vd_mul(w, vd_set1(0x1.39a09d078c69fp-3)));
    odd = vd_mul(w, vd_add(vd_set1(0x1.999999997fa04p-2), vd_mul(w, odd)));
    vd even = vd_add(vd_set1(0x1.7466496cb03dep-3), vd_mul(w, vd_set1(0x1.2f112df3e5244p-3)));
    even = vd_add(vd_set1(0x1.2492494229359p-2), vd_mul(w, even));
    even = vd_mul(z, vd_add(vd_set1(0x1.5555555555593p-1), vd_mul(w, even)));
    const vd r = vd_mul(s, vd_add(half, vd_add(even, odd)));
    const vd tail = vd_sub(vd_sub(half, vd_add(r, vd_mul(dk, vd_set1(0x1.a39ef35793c76p-33)))), f);
    return vd_sub(vd_mul(dk, vd_set1(0x1.62e42fee00000p-1)), tail);
}

/// Whether `log4` computes x as `log_one` does: positive, normal, finite.
static inline int EK_FN(log_plain)(double x) { return x >= 0x1p-1022 && x <= 0x1.fffffffffffffp+1023; }

/// y[i] = `log_one`(x[i]) for i < count (y may be x): four at a time where all four are plain.
void EK_FN(log)(const double *x, double *y, size_t count) { EK_FOUR_AT_A_TIME(log, x, y, count); }

/// Softmax of each of `rows` rows of `columns` doubles in place, after adding `offsets`, in
/// LinearAlgebra's order: per row zⱼ += offsetⱼ and m = the running maximum (a later equal value
/// wins, as Swift's `max`), zⱼ −= m; then `exp` of everything in one pass; then per row
/// S = Σⱼ e^(zⱼ) in column order and zⱼ ·= (1 / S). Row r's m and S go to `largest[r]` and
/// `sums[r]` (the caller adds m + log S).
void EK_FN(softmax_rows)(double *z, size_t rows, size_t columns, const double *offsets, double *largest, double *sums) {
    for (size_t r = 0; r < rows; r++) {
        double *row = z + r * columns;
        double m = -__builtin_inf();
        for (size_t j = 0; j < columns; j++) {
            row[j] += offsets[j];
            m = row[j] >= m ? row[j] : m;
        }
        for (size_t j = 0; j < columns; j++) row[j] -= m;
        largest[r] = m;
    }
    EK_FN(exp)(z, z, rows * columns);
    for (size_t r = 0; r < rows; r++) {
        double *row = z + r * columns;
        double sum = 0;
        for (size_t j = 0; j < columns; j++) sum += row[j];
        const double inverse = 1 / sum;
        for (size_t j = 0; j < columns; j++) row[j] *= inverse;
        sums[r] = sum;
    }
}

/// One Adam step (ActiveLearning's `Adam`), element by element, each operation rounded once:
/// m ← β₁·m + (1 − β₁)·g, v ← β₂·v + ((1 − β₂)·g)·g, m̂ = m / c₁ (m itself when c₁ is 1, which
/// is the same value), θ ← θ − (η·m̂) / (√(v / c₂) + ε). Division and square root are correctly
/// rounded, so four lanes at a time or one give the same bits.
void EK_FN(adam_step)(double *m, double *v, double *theta, const double *g, size_t count, const double *constants) {
    const double beta1 = constants[0], beta2 = constants[1], c1 = constants[2], c2 = constants[3];
    const double rate = constants[4], epsilon = constants[5], keep1 = 1 - beta1, keep2 = 1 - beta2;
    const vd b1 = vd_set1(beta1), k1 = vd_set1(keep1), b2 = vd_set1(beta2), k2 = vd_set1(keep2);
    const vd d1 = vd_set1(c1), d2 = vd_set1(c2), r = vd_set1(rate), e = vd_set1(epsilon);
    const int corrects = c1 != 1;
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        const vd gi = vd_load(g + i);
        const vd mi = vd_add(vd_mul(b1, vd_load(m + i)), vd_mul(k1, gi));
        const vd vi = vd_add(vd_mul(b2, vd_load(v + i)), vd_mul(vd_mul(k2, gi), gi));
        const vd hat = corrects ? vd_div(mi, d1) : mi;
        const vd step = vd_div(vd_mul(r, hat), vd_add(vd_sqrt(vd_div(vi, d2)), e));
        vd_store(m + i, mi), vd_store(v + i, vi), vd_store(theta + i, vd_sub(vd_load(theta + i), step));
    }
    for (; i < count; i++) {
        m[i] = beta1 * m[i] + keep1 * g[i];
        v[i] = beta2 * v[i] + keep2 * g[i] * g[i];
        const double hat = corrects ? m[i] / c1 : m[i];
        theta[i] -= rate * hat / (__builtin_sqrt(v[i] / c2) + epsilon);
    }
}

/// GELU of 8 lanes: (½ x) · (erf(x · 1/√2) + 1).
static inline vf EK_FN(gelu8)(vf x) {
    const vf e = EK_FN(erf)(vf_mul(x, vf_set1(0.70710678118654752440f)));
    return vf_mul(vf_mul(vf_set1(0.5f), x), vf_add(e, vf_set1(1)));
}

/// In place exact GELU, x · ½ (1 + erf(x / √2)), 8 values at a time; a tail of fewer than 8
/// goes through a zero-padded vector.
void EK_FN(gelu)(float *values, size_t count) {
    size_t i = 0;
    for (; i + 8 <= count; i += 8) vf_store(values + i, EK_FN(gelu8)(vf_load(values + i)));
    if (i < count) {
        float tail[8] = {0};
        memcpy(tail, values + i, (count - i) * sizeof(float));
        vf_store(tail, EK_FN(gelu8)(vf_load(tail)));
        memcpy(values + i, tail, (count - i) * sizeof(float));
    }
}

/// The sum of a row of `width` (a multiple of 8) over 16 virtual lanes: lane u of accumulator
/// s = (j / 8) mod 2 adds elements j = 16t + 8s + u in order of t (a last lone vector goes to
/// accumulator 0); then the two accumulators are added lane by lane and summed by `vf_sum`.
/// `mean` is subtracted and the difference squared first when `squares`.
static inline float EK_FN(row_sum)(const float *row, size_t width, float mean, int squares) {
    vf s0 = vf_zero(), s1 = vf_zero();
    const vf m = vf_set1(mean);
    size_t j = 0;
    for (; j + 16 <= width; j += 16) {
        vf x0 = vf_load(row + j), x1 = vf_load(row + j + 8);
        if (squares) {
            x0 = vf_sub(x0, m), x1 = vf_sub(x1, m);
            s0 = vf_fma(x0, x0, s0), s1 = vf_fma(x1, x1, s1);
        } else {
            s0 = vf_add(s0, x0), s1 = vf_add(s1, x1);
        }
    }
    for (; j < width; j += 8) {
        vf x = vf_load(row + j);
        if (squares) x = vf_sub(x, m), s0 = vf_fma(x, x, s0);
        else s0 = vf_add(s0, x);
    }
    return vf_sum(vf_add(s0, s1));
}

/// In place LayerNorm of `rows` rows of `width` (a multiple of 8):
/// y = (x − μ) · (1 / √(σ² + ε)) · γ + β, with μ = (Σ x) · (1/width) and σ² = (Σ (x − μ)²) · (1/width)
/// by `row_sum`, and the last step one fused multiply-add.
void EK_FN(layer_norm)(float *x, size_t rows, size_t width, const float *scale, const float *shift,
                       float epsilon) {
    const float inverseWidth = 1.0f / (float)width;
    for (size_t r = 0; r < rows; r++) {
        float *row = x + r * width;
        const float mean = EK_FN(row_sum)(row, width, 0, 0) * inverseWidth;
        const float variance = EK_FN(row_sum)(row, width, mean, 1) * inverseWidth;
        const vf inverse = vf_set1(1.0f / __builtin_sqrtf(variance + epsilon)), m = vf_set1(mean);
        for (size_t j = 0; j < width; j += 8) {
            const vf normalised = vf_mul(vf_sub(vf_load(row + j), m), inverse);
            vf_store(row + j, vf_fma(normalised, vf_load(scale + j), vf_load(shift + j)));
        }
    }
}

#include "Attention.h"

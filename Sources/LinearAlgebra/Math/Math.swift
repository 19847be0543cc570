/// Elementary functions on `Double` that give the same bits on every machine.
///
/// glibc's libm chooses its code by CPU when it is loaded (FMA or not, for `exp`, `log`, `pow`,
/// `sin`, `cos`, …), so `Foundation.exp(x)` can differ in the last bit between two x86-64
/// computers. The functions here are written in Swift with nothing but IEEE-754 double
/// operations whose results the standard defines exactly — `+`, `-`, `*`, `/`, comparisons,
/// `rounded(_:)` (which may compile to libm's `rint`/`trunc`; those are exact, so every variant
/// agrees) and manipulation of the representation (`bitPattern`, `exponent`, `significand`).
/// Swift never fuses `a * b + c` into one FMA and nothing here calls `addingProduct`, so every
/// result depends only on the input, whatever the CPU and the optimisation level.
///
/// The algorithms are the classical ones of fdlibm / FreeBSD msun (Cody–Waite reduction and
/// minimax polynomials whose coefficients are msun's), rewritten here; `pow`, the large-argument
/// reduction of `sin`/`cos` and parts of `lgamma` use double-double arithmetic (`DoubleDouble`).
/// Each function's comment states its method and error. Errors below are in ulps: "true" is
/// against a 200-bit reference (mpmath) on samples of the ranges, "glibc" the largest
/// difference from glibc 2.36 that `MathTests` asserts over ≥ 100 000 seeded inputs.
///
/// | function | special values (C99 Annex F unless stated) | true | glibc |
/// |---|---|---|---|
/// | `exp` | +∞ above 709.78, +0 below −745.13 | 0.83 | 1 |
/// | `log` | log(±0) = −∞, log(x < 0) = NaN, log(+∞) = +∞ | 0.74 | 1 |
/// | `log10` | as `log` | 0.63 | 2 (glibc's own error is 1.6) |
/// | `pow` | all of F.9.4.4: pow(x, ±0) = 1, pow(+1, y) = 1, x < 0 needs integer y, … | 0.84 | 1 |
/// | `sin`, `cos` | ±∞ → NaN; every finite argument reduced exactly | 0.73 | 1 |
/// | `lgamma` | x > 0 only (lgamma(0) = +∞); x < 0 gives NaN, unlike C | 1.2 | 2 |
///
/// NaN in gives NaN out (except where C99 defines a number: pow(NaN, 0) = pow(1, NaN) = 1).
/// Results in the subnormal range are rounded twice (to 53 bits, then to the subnormal's
/// precision), so they may be one unit of the subnormal further off; still deterministic.
/// Floating-point exception flags are not raised deliberately.
public enum Math {}

extension Math {
    /// ln 2 split for Cody–Waite reduction: `ln2Hi` has 32 significant bits, so `k * ln2Hi` is
    /// exact for |k| < 2^21; `ln2Hi + ln2Lo` is ln 2 to within 1.2e-26.
    static var ln2Hi: Double { 0x1.62e42fee00000p-1 }
    static var ln2Lo: Double { 0x1.a39ef35793c76p-33 }
    /// 1 / ln 2 rounded to double.
    static var inverseLn2: Double { 0x1.71547652b82fep+0 }
}

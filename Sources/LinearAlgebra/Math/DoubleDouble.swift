/// An unevaluated sum `hi + lo` of two doubles (|lo| ≤ ½ ulp(hi) once normalised): about 106
/// significant bits, built from plain IEEE operations. `Math.pow` computes `y · ln x` in it.
///
/// The exact building blocks are Knuth's TwoSum, Dekker's FastTwoSum and Dekker's product with
/// Veltkamp's splitting — no fused multiply-add, so the same bits on every machine. The
/// arithmetic operators are the usual "sloppy" double-double ones: relative error of order
/// 2^-104 when the operands do not cancel (all uses in `Math` add terms of one sign, or terms
/// of which the larger is at least twice the other).
struct DoubleDouble {
    var hi: Double
    var lo: Double

    init(_ hi: Double, _ lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    /// `a + b` exactly (TwoSum, 6 operations, any magnitudes).
    static func sum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bVirtual = s - a
        let aVirtual = s - bVirtual
        return DoubleDouble(s, (a - aVirtual) + (b - bVirtual))
    }

    /// `a + b` exactly when |a| ≥ |b| or a = 0 (FastTwoSum).
    static func quickSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(s, b - (s - a))
    }

    /// `a` as `hi + lo` with 26 and 27 significant bits, so that products of halves are exact
    /// (Veltkamp; valid for |a| < 2^995).
    static func split(_ a: Double) -> (hi: Double, lo: Double) {
        let c = 134_217_729 * a  // 2^27 + 1
        let hi = c - (c - a)
        return (hi, a - hi)
    }

    /// `a · b` exactly (Dekker), barring overflow and underflow.
    static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        let (aHi, aLo) = split(a)
        let (bHi, bLo) = split(b)
        let error = (((aHi * bHi - p) + aHi * bLo) + aLo * bHi) + aLo * bLo
        return DoubleDouble(p, error)
    }

    static func + (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let s = sum(a.hi, b.hi)
        return quickSum(s.hi, s.lo + (a.lo + b.lo))
    }

    static func * (a: DoubleDouble, b: DoubleDouble) -> DoubleDouble {
        let p = product(a.hi, b.hi)
        return quickSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
    }

    static func * (a: Double, b: DoubleDouble) -> DoubleDouble {
        let p = product(a, b.hi)
        return quickSum(p.hi, p.lo + a * b.lo)
    }
}

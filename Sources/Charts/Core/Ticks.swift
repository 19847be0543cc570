import NotebookRuntime

/// Axis ticks at "nice" values: multiples of a step that is 1, 2 or 5 times a power of ten.
///
/// The step is chosen as in d3's `tickIncrement`: with the rough step r = span / count written
/// as m·10^e (1 ≤ m < 10), the multiplier is 10 if m ≥ √50, 5 if m ≥ √10, 2 if m ≥ √2, else 1.
/// So the number of ticks is close to `count`, never wildly off.
public struct Ticks: Equatable, Sendable {
    /// The axis domain: the input range, or the range widened to whole steps when extended.
    public let lower: Double
    public let upper: Double
    /// Distance between neighbouring ticks.
    public let step: Double
    /// The tick values, ascending, all within `lower...upper`.
    public let values: [Double]
    /// Decimals that print every tick exactly: 0 for steps ≥ 1, else the step's exponent.
    public let decimals: Int

    /// Ticks for the range between `lower` and `upper` (in either order).
    ///
    /// - Parameters:
    ///   - count: the desired number of intervals (about this many ticks result).
    ///   - extend: widen the domain outwards to the nearest whole steps, so the axis starts
    ///     and ends on a tick. Without it the domain is the input range.
    ///
    /// A zero-width range is first widened by 10% of its value (or by 1 around zero); a
    /// non-finite input gives a domain of 0...1.
    public init(lower: Double, upper: Double, count: Int = 5, extend: Bool = true) {
        var lo = min(lower, upper), hi = max(lower, upper)
        if !lo.isFinite || !hi.isFinite { (lo, hi) = (0, 1) }
        if hi == lo {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            (lo, hi) = (lo - pad, hi + pad)
        }
        let rough = (hi - lo) / Double(max(count, 1))
        guard rough.isFinite, rough > 0 else {
            (self.lower, self.upper, step, values, decimals) = (lo, hi, hi - lo, [lo, hi], 0)
            return
        }
        var exponent = Ticks.exponent(of: rough)
        let mantissa = rough / FixedDecimal.powerOfTen(exponent)
        var multiplier = 1
        if mantissa >= 50.0.squareRoot() { multiplier = 1; exponent += 1 }
        else if mantissa >= 10.0.squareRoot() { multiplier = 5 }
        else if mantissa >= 2.0.squareRoot() { multiplier = 2 }
        // value(i) = i·multiplier·10^exponent, computed so that negative exponents divide by an
        // exact power of ten (0.1 is not exact, 10 is).
        let power = FixedDecimal.powerOfTen(abs(exponent))
        func value(_ index: Int) -> Double {
            let units = Double(index * multiplier)
            return exponent >= 0 ? units * power : units / power
        }
        let step = exponent >= 0 ? Double(multiplier) * power : Double(multiplier) / power
        let slack = 1e-9
        var first = Int((lo / step - slack).rounded(.up))
        var last = Int((hi / step + slack).rounded(.down))
        if extend {
            first = Int((lo / step + slack).rounded(.down))
            last = Int((hi / step - slack).rounded(.up))
            (lo, hi) = (value(first), value(last))
        }
        self.lower = lo
        self.upper = hi
        self.step = step
        self.values = first <= last ? (first...last).map(value) : []
        self.decimals = max(0, -exponent)
    }

    /// A tick value printed with `decimals` places and a typographic minus sign.
    public func label(_ value: Double) -> String {
        FixedDecimal.display(value, decimals: decimals)
    }

    /// The integer e with 10^e ≤ value < 10^(e+1), for finite positive `value`.
    static func exponent(of value: Double) -> Int {
        var exponent = 0
        while exponent < 400, value >= FixedDecimal.powerOfTen(exponent + 1) { exponent += 1 }
        while exponent > -400, value < FixedDecimal.powerOfTen(exponent) { exponent -= 1 }
        return exponent
    }
}

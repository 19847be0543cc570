/// Formats numbers with a fixed number of decimals, without Foundation and independent of
/// locale, so that chart and table output is byte-for-byte stable.
public enum FixedDecimal {
    /// `value` rounded half away from zero to `decimals` places (0...15), e.g.
    /// `string(0.125, decimals: 2) == "0.13"`, `string(-0.001, decimals: 2) == "0.00"`.
    ///
    /// Computes `round(value · 10^decimals)` as an integer and places the decimal point, so
    /// it is exact for |value · 10^decimals| < 9·10^15. Beyond that (never the case for chart
    /// coordinates) it falls back to Swift's shortest round-trip description; `nan`, `inf`
    /// and `-inf` are written as such.
    public static func string(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let places = min(max(decimals, 0), 15)
        let scale = powerOfTen(places)
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9.0e15 else { return String(describing: value) }
        let magnitude = Int64(abs(scaled))
        let divisor = Int64(scale)
        var out = scaled < 0 && magnitude != 0 ? "-" : ""
        out += String(magnitude / divisor)
        if places > 0 {
            let fraction = String(magnitude % divisor)
            out += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return out
    }

    /// `string(value, decimals:)` for reading: a negative sign is the typographic minus U+2212.
    public static func display(_ value: Double, decimals: Int) -> String {
        let plain = string(value, decimals: decimals)
        return plain.hasPrefix("-") ? "\u{2212}" + plain.dropFirst() : plain
    }

    /// 10^exponent (used by chart ticks), exact for |exponent| ≤ 22 (products and quotients of exact powers).
    public static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(abs(exponent), 400) { result *= 10 }
        return exponent >= 0 ? result : 1 / result
    }
}

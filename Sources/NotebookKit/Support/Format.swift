/// Fixed-decimal formatting without Foundation's locale: output must not depend on the machine.
enum Format {
    /// `value` with exactly `decimals` digits after the point (half away from zero).
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled != 0
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let digits = String(fraction)
        let padded = String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        return (negative ? "-" : "") + String(whole) + (decimals > 0 ? "." + padded : "")
    }

    /// Seconds for people: `0.42 s`.
    static func seconds(_ value: Double) -> String { fixed(value, 2) + " s" }
}

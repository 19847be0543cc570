/// Maps a data interval linearly onto a pixel interval:
/// s(v) = r₀ + (v − d₀) / (d₁ − d₀) · (r₁ − r₀).
///
/// Pixel intervals may run backwards (a y axis maps larger values to smaller y).
struct LinearScale: Sendable {
    let domain: (lower: Double, upper: Double)
    let range: (start: Double, end: Double)

    init(domain lower: Double, _ upper: Double, range start: Double, _ end: Double) {
        domain = (lower, upper)
        range = (start, end)
    }

    /// A scale over the ticks' domain.
    init(_ ticks: Ticks, range start: Double, _ end: Double) {
        self.init(domain: ticks.lower, ticks.upper, range: start, end)
    }

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0 else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.lower) / span * (range.end - range.start)
    }
}

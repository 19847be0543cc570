import NotebookRuntime

/// Labelled bars from a zero line, with optional error bars: e.g. each strategy's AULC, or its
/// difference from the random baseline with a 95% interval (negative bars point the other way
/// and are drawn in a second colour).
///
/// ```swift
/// let chart = try BarChart(
///     title: "AULC difference from random", valueLabel: "Δ AULC",
///     bars: [
///         .init(label: "least confidence", value: 0.031, interval: .init(lower: 0.012, upper: 0.050)),
///         .init(label: "most confident", value: -0.044, interval: .init(lower: -0.070, upper: -0.018)),
///     ],
///     orientation: .horizontal)
/// ```
///
/// Invalid input throws `ChartError` from the initializer: no bars, NaN or infinite values or
/// interval ends, an interval whose lower end exceeds its upper end.
public struct BarChart: NotebookDisplayable, Sendable, Equatable {
    /// One bar: its category label, its value and an optional interval drawn as an error bar.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var interval: Interval?

        public init(label: String, value: Double, interval: Interval? = nil) {
            self.label = label
            self.value = value
            self.interval = interval
        }
    }

    /// An error bar from `lower` to `upper`, in data units (not offsets from the value).
    public struct Interval: Sendable, Equatable {
        public var lower: Double
        public var upper: Double

        public init(lower: Double, upper: Double) {
            self.lower = lower
            self.upper = upper
        }

        /// value − halfWidth … value + halfWidth, e.g. a mean ± 1.96 standard errors.
        public static func around(_ value: Double, halfWidth: Double) -> Interval {
            Interval(lower: value - halfWidth, upper: value + halfWidth)
        }
    }

    /// Which way bars grow.
    public enum Orientation: Sendable, Equatable {
        /// Bars grow up from a horizontal zero line; categories along the bottom.
        case vertical
        /// Bars grow right from a vertical zero line; categories down the left, which suits
        /// long labels.
        case horizontal
    }

    public let title: String
    public let valueLabel: String
    public let categoryLabel: String
    public let bars: [Bar]
    public let orientation: Orientation
    /// Decimals of the value printed at each bar's end; `nil` prints no values.
    public let valueDecimals: Int?
    public let width: Double
    public let height: Double

    /// A bar chart, validated.
    ///
    /// - Throws: `ChartError` naming the first invalid bar.
    public init(title: String, valueLabel: String = "", categoryLabel: String = "", bars: [Bar],
                orientation: Orientation = .vertical, valueDecimals: Int? = 2,
                width: Double = 640, height: Double = 400) throws {
        let check = Validator(chart: "BarChart")
        try check.size(width: width, height: height)
        try check.nonEmpty(bars.count, "no bars")
        for (index, bar) in bars.enumerated() {
            try check.finite(bar.value, "bars[\(index)] (\"\(bar.label)\") value")
            guard let interval = bar.interval else { continue }
            try check.finite(interval.lower, "bars[\(index)] (\"\(bar.label)\") interval lower")
            try check.finite(interval.upper, "bars[\(index)] (\"\(bar.label)\") interval upper")
            guard interval.lower <= interval.upper else {
                throw ChartError.invalidValue(chart: "BarChart", field: "bars[\(index)] (\"\(bar.label)\") interval",
                                              reason: "has lower end above upper end")
            }
        }
        self.title = title
        self.valueLabel = valueLabel
        self.categoryLabel = categoryLabel
        self.bars = bars
        self.orientation = orientation
        self.valueDecimals = valueDecimals.map { min(max($0, 0), 6) }
        self.width = width
        self.height = height
    }

    /// The chart as a standalone SVG document.
    public var svg: String { render() }

    public var displayOutputs: [DisplayOutput] { [.svg(svg)] }
}

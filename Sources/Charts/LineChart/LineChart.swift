import NotebookRuntime

/// Lines over a numeric x axis, each optionally with a translucent band of ± spread around it:
/// a learning curve drawn as mean ± standard deviation over seeds.
///
/// ```swift
/// let chart = try LineChart(
///     title: "Accuracy as labels are added",
///     xLabel: "labeled examples", yLabel: "test accuracy",
///     series: [
///         .init(name: "random", x: [6, 9, 12], y: [0.61, 0.72, 0.80], spread: [0.08, 0.06, 0.05]),
///         .init(name: "margin", x: [6, 9, 12], y: [0.61, 0.78, 0.88], spread: [0.08, 0.05, 0.03]),
///     ],
///     yRange: 0...1,
///     reference: .init(y: 0.95, label: "full-data accuracy"))
/// ```
///
/// Invalid input throws `ChartError` from the initializer (no series, a series without points,
/// x/y/spread of different lengths, NaN or infinite numbers, a negative spread, an empty
/// `yRange`); a chart that exists always renders.
public struct LineChart: NotebookDisplayable, Sendable, Equatable {
    /// One named line. Points are joined in the order given.
    public struct Series: Sendable, Equatable {
        public var name: String
        public var x: [Double]
        public var y: [Double]
        /// Half-width of the band drawn around the line at each point (y − s … y + s), such as a
        /// standard deviation; `nil` draws no band.
        public var spread: [Double]?

        public init(name: String, x: [Double], y: [Double], spread: [Double]? = nil) {
            self.name = name
            self.x = x
            self.y = y
            self.spread = spread
        }
    }

    /// A labelled horizontal line across the plot, e.g. the accuracy of a model trained on all data.
    public struct ReferenceLine: Sendable, Equatable {
        public var y: Double
        public var label: String

        public init(y: Double, label: String) {
            self.y = y
            self.label = label
        }
    }

    public let title: String
    public let xLabel: String
    public let yLabel: String
    public let series: [Series]
    /// The y axis range; `nil` fits the data (bands and reference line included) with nice ends.
    public let yRange: ClosedRange<Double>?
    public let reference: ReferenceLine?
    public let width: Double
    public let height: Double

    /// A line chart, validated. Colours and marker shapes follow the series order.
    ///
    /// - Throws: `ChartError` naming the series and position of the first invalid value.
    public init(title: String, xLabel: String = "", yLabel: String = "", series: [Series],
                yRange: ClosedRange<Double>? = nil, reference: ReferenceLine? = nil,
                width: Double = 640, height: Double = 400) throws {
        let check = Validator(chart: "LineChart")
        try check.size(width: width, height: height)
        try check.nonEmpty(series.count, "no series")
        for line in series {
            let field = "series \"\(line.name)\""
            try check.nonEmpty(line.x.count, field + " has no points")
            try check.count(line.y.count, equals: line.x.count, field + " y")
            try check.finite(line.x, field + " x")
            try check.finite(line.y, field + " y")
            if let spread = line.spread {
                try check.count(spread.count, equals: line.x.count, field + " spread")
                try check.finite(spread, field + " spread")
                if let index = spread.firstIndex(where: { $0 < 0 }) {
                    throw ChartError.invalidValue(chart: "LineChart", field: field + " spread[\(index)]",
                                                  reason: "is negative")
                }
            }
        }
        try check.range(yRange, "yRange")
        if let reference { try check.finite(reference.y, "reference y") }
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.yRange = yRange
        self.reference = reference
        self.width = width
        self.height = height
    }

    /// The chart as a standalone SVG document.
    public var svg: String { render() }

    public var displayOutputs: [DisplayOutput] { [.svg(svg)] }

    /// Opacity of the ± spread bands.
    static let bandOpacity = 0.18
    /// Series with at most this many points get a marker at every point.
    static let markerLimit = 30
}

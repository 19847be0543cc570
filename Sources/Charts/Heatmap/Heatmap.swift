import NotebookRuntime

/// A matrix of numbers as coloured cells with the values printed, e.g. a confusion matrix
/// (rows: true class, columns: predicted class).
///
/// ```swift
/// let chart = try Heatmap.confusionMatrix(
///     [[15, 0, 0], [0, 13, 2], [0, 1, 14]],
///     classes: ["setosa", "versicolor", "virginica"])
/// ```
///
/// Colour runs from light (low) to dark blue (high) along ColorBrewer's sequential "Blues"
/// scale over `range` (the data's minimum…maximum by default); a colour bar shows the scale and
/// printed values switch between dark and white text for contrast. Invalid input throws
/// `ChartError` from the initializer: no rows or columns, ragged rows, label counts that do not
/// match, NaN or infinite values.
public struct Heatmap: NotebookDisplayable, Sendable, Equatable {
    public let title: String
    /// The matrix, one array per row, all rows of the same length.
    public let values: [[Double]]
    public let rowLabels: [String]
    public let columnLabels: [String]
    /// Title of the row axis (left), e.g. "true class".
    public let rowTitle: String
    /// Title of the column axis (bottom), e.g. "predicted class".
    public let columnTitle: String
    /// Decimals of the printed cell values.
    public let decimals: Int
    /// The values mapped to the lightest and darkest colour; `nil` uses the data's range.
    public let range: ClosedRange<Double>?
    public let width: Double
    public let height: Double

    /// A heatmap, validated.
    ///
    /// - Parameter decimals: printed decimals; `nil` means 0 when every value is a whole
    ///   number and 2 otherwise.
    /// - Throws: `ChartError` naming the first invalid row or cell.
    public init(title: String, values: [[Double]], rowLabels: [String], columnLabels: [String],
                rowTitle: String = "", columnTitle: String = "", decimals: Int? = nil,
                range: ClosedRange<Double>? = nil, width: Double = 560, height: Double = 480) throws {
        let check = Validator(chart: "Heatmap")
        try check.size(width: width, height: height)
        try check.nonEmpty(values.count, "no rows")
        try check.nonEmpty(columnLabels.count, "no columns")
        try check.count(rowLabels.count, equals: values.count, "rowLabels")
        for (index, row) in values.enumerated() {
            try check.count(row.count, equals: columnLabels.count, "values[\(index)]")
            try check.finite(row, "values[\(index)]")
        }
        try check.range(range, "range")
        self.title = title
        self.values = values
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.rowTitle = rowTitle
        self.columnTitle = columnTitle
        let whole = values.allSatisfy { $0.allSatisfy { $0 == $0.rounded() } }
        self.decimals = min(max(decimals ?? (whole ? 0 : 2), 0), 6)
        self.range = range
        self.width = width
        self.height = height
    }

    /// A confusion matrix: `counts[t][p]` examples of true class `t` predicted as class `p`.
    ///
    /// - Throws: `ChartError` when `counts` is not square with one row per class.
    public static func confusionMatrix(_ counts: [[Int]], classes: [String],
                                       title: String = "Confusion matrix") throws -> Heatmap {
        let check = Validator(chart: "Heatmap")
        try check.count(counts.count, equals: classes.count, "confusion matrix rows (one per class)")
        for (index, row) in counts.enumerated() {
            try check.count(row.count, equals: classes.count, "confusion matrix row \(index) (one column per class)")
        }
        return try Heatmap(title: title, values: counts.map { $0.map(Double.init) },
                    rowLabels: classes, columnLabels: classes,
                    rowTitle: "true class", columnTitle: "predicted class", decimals: 0)
    }

    /// The chart as a standalone SVG document.
    public var svg: String { render() }

    public var displayOutputs: [DisplayOutput] { [.svg(svg)] }
}

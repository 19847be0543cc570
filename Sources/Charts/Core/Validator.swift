import NotebookRuntime

/// The checks every chart runs on its input, raising `ChartError`s that name the chart.
struct Validator {
    let chart: String

    func finite(_ value: Double, _ field: String) throws {
        guard value.isFinite else { throw ChartError.notFinite(chart: chart, field: field, index: nil) }
    }

    func finite(_ values: [Double], _ field: String) throws {
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw ChartError.notFinite(chart: chart, field: field, index: index)
        }
    }

    func count(_ actual: Int, equals expected: Int, _ field: String) throws {
        guard actual == expected else {
            throw ChartError.lengthMismatch(chart: chart, field: field, expected: expected, actual: actual)
        }
    }

    func index(_ index: Int, below count: Int, _ field: String) throws {
        guard index >= 0, index < count else {
            throw ChartError.indexOutOfRange(chart: chart, field: field, index: index, count: count)
        }
    }

    func nonEmpty(_ count: Int, _ detail: String) throws {
        guard count > 0 else { throw ChartError.noData(chart: chart, detail: detail) }
    }

    /// A range given by the caller must be finite and of positive width.
    func range(_ range: ClosedRange<Double>?, _ field: String) throws {
        guard let range else { return }
        try finite(range.lowerBound, field + " lower bound")
        try finite(range.upperBound, field + " upper bound")
        guard range.upperBound > range.lowerBound else {
            throw ChartError.invalidValue(chart: chart, field: field, reason: "must have positive width")
        }
    }

    /// Sizes must leave room for a plot.
    func size(width: Double, height: Double) throws {
        try finite(width, "width")
        try finite(height, "height")
        guard width >= 200, height >= 150 else {
            throw ChartError.invalidValue(chart: chart, field: "size",
                                          reason: "must be at least 200 × 150 (got \(FixedDecimal.string(width, decimals: 0)) × \(FixedDecimal.string(height, decimals: 0)))")
        }
    }
}

/// Why a chart could not be built from its input.
///
/// Every chart validates in its throwing initializer, so a chart value that exists can always
/// be drawn; its `svg` never fails and never traps. The message names the chart, the field and
/// the position that was wrong.
public enum ChartError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Nothing to draw: no series, no points, no bars or no cells.
    case noData(chart: String, detail: String)
    /// A value is NaN or infinite. `index` is its position in `field`, or `nil` for a single value.
    case notFinite(chart: String, field: String, index: Int?)
    /// Two parallel lists differ in length.
    case lengthMismatch(chart: String, field: String, expected: Int, actual: Int)
    /// An index refers past the end of the list it indexes.
    case indexOutOfRange(chart: String, field: String, index: Int, count: Int)
    /// A value is outside what the field accepts (a negative spread, an empty range…).
    case invalidValue(chart: String, field: String, reason: String)

    public var description: String {
        switch self {
        case .noData(let chart, let detail):
            return "\(chart): nothing to draw: \(detail)"
        case .notFinite(let chart, let field, let index):
            let position = index.map { "\(field)[\($0)]" } ?? field
            return "\(chart): \(position) is not a finite number (NaN or infinite)"
        case .lengthMismatch(let chart, let field, let expected, let actual):
            return "\(chart): \(field) has \(actual) values but \(expected) were expected"
        case .indexOutOfRange(let chart, let field, let index, let count):
            return "\(chart): \(field) is \(index), outside 0..<\(count)"
        case .invalidValue(let chart, let field, let reason):
            return "\(chart): \(field) \(reason)"
        }
    }
}

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

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

/// What was wrong with the shapes or contents handed to `Matrix`.
public enum MatrixError: Error, Equatable, CustomStringConvertible {
    /// `init(rows:columns:values:)` received the wrong number of values.
    case elementCount(rows: Int, columns: Int, found: Int)
    /// A row of `init(_:)` had a different length than the first row.
    case raggedRow(row: Int, expected: Int, found: Int)
    /// Two matrices whose shapes do not fit the operation.
    case shapeMismatch(operation: String, left: (rows: Int, columns: Int), right: (rows: Int, columns: Int))
    /// The operation needs a square matrix.
    case notSquare(operation: String, rows: Int, columns: Int)
    /// A matrix built from data held NaN or an infinity.
    case nonFinite(row: Int, column: Int, value: Double)
    /// A sparse matrix's row starts were not `rows + 1` non-decreasing offsets from 0 to the
    /// number of stored values.
    case sparseRowStarts(reason: String)
    /// A sparse row's column indices were out of range or not strictly increasing.
    case sparseColumn(row: Int, column: Int, reason: String)

    public var description: String {
        switch self {
        case let .elementCount(rows, columns, found):
            return "a \(rows) x \(columns) matrix needs \(rows * columns) values, got \(found)"
        case let .raggedRow(row, expected, found):
            return "row \(row) has \(found) values but row 0 has \(expected)"
        case let .shapeMismatch(operation, left, right):
            return "\(operation): shapes \(left.rows) x \(left.columns) and \(right.rows) x \(right.columns) do not fit"
        case let .notSquare(operation, rows, columns):
            return "\(operation) needs a square matrix, got \(rows) x \(columns)"
        case let .nonFinite(row, column, value):
            return "the value at row \(row), column \(column) is \(value); a matrix of data must hold finite numbers"
        case let .sparseRowStarts(reason):
            return "sparse matrix: \(reason)"
        case let .sparseColumn(row, column, reason):
            return "sparse matrix: column \(column) in row \(row) \(reason)"
        }
    }

    public static func == (lhs: MatrixError, rhs: MatrixError) -> Bool {
        lhs.description == rhs.description
    }
}

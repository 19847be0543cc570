import LinearAlgebra

/// A way to make new labelled training examples from existing ones. Used through
/// `Model.augmented(_:)`, which applies it to the rows a model is fitted on — in a `Study`, the
/// labeled set of each round only, never the pool's unlabeled examples or the test set.
public protocol Augmentation: Sendable {
    /// The name shown in model names.
    var name: String { get }
    /// New examples made from `features`/`labels` (the originals are not included), every
    /// random choice drawn from `generator`.
    func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int])
}

/// What was wrong with an augmentation's settings or input.
public enum AugmentationError: Error, Equatable, CustomStringConvertible {
    case invalidParameter(augmentation: String, parameter: String, value: String, requirement: String)
    case imageSizeMismatch(augmentation: String, width: Int, height: Int, columns: Int)
    case labelCountMismatch(augmentation: String, rows: Int, labels: Int)
    case nonFiniteFeature(augmentation: String, row: Int, column: Int)

    public var description: String {
        switch self {
        case let .invalidParameter(augmentation, parameter, value, requirement):
            return "\(augmentation): \(parameter) = \(value), but it must be \(requirement)"
        case let .imageSizeMismatch(augmentation, width, height, columns):
            return "\(augmentation): rows have \(columns) features, but \(width)x\(height) images need \(width * height)"
        case let .labelCountMismatch(augmentation, rows, labels):
            return "\(augmentation): \(rows) feature rows but \(labels) labels"
        case let .nonFiniteFeature(augmentation, row, column):
            return "\(augmentation): feature \(column) of row \(row) is NaN or infinite; features must be finite numbers"
        }
    }
}

/// Shared checks: labels match rows, finite features, `copies ≥ 1`, and the extra parameter conditions.
func checkAugmentation(_ name: String, _ features: Matrix, _ labels: [Int], copies: Int) throws(AugmentationError) {
    guard features.rows == labels.count else {
        throw .labelCountMismatch(augmentation: name, rows: features.rows, labels: labels.count)
    }
    if let (row, column) = features.firstNonFinite() { throw .nonFiniteFeature(augmentation: name, row: row, column: column) }
    try requireParameter(copies >= 1, name, "copies", copies, "at least 1")
}

/// Throws `AugmentationError.invalidParameter` unless `condition` holds.
func requireParameter(_ condition: Bool, _ name: String, _ parameter: String, _ value: some CustomStringConvertible,
                      _ requirement: String) throws(AugmentationError) {
    guard condition else {
        throw .invalidParameter(augmentation: name, parameter: parameter, value: value.description, requirement: requirement)
    }
}

/// Builds `copies` new rows per original row `r` with `make(r, generator)`, each labelled as row `r`; the output
/// rows are in original order, copy after copy.
func perRow(_ features: Matrix, _ labels: [Int], copies: Int, using generator: inout SeededGenerator,
            _ make: (Int, inout SeededGenerator) -> [Double]) -> (features: Matrix, labels: [Int]) {
    var values: [Double] = []
    values.reserveCapacity(features.values.count * copies)
    var out: [Int] = []
    for _ in 0..<copies {
        for r in 0..<features.rows {
            values += make(r, &generator)
            out.append(labels[r])
        }
    }
    let matrix = (try? Matrix(rows: out.count, columns: features.columns, computed: values)) ?? Matrix(rows: 0, columns: features.columns)
    return (matrix, out)
}

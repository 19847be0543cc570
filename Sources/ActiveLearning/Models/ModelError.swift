/// What was wrong with the data or settings handed to a model.
public enum ModelError: Error, Equatable, CustomStringConvertible {
    case noTrainingData
    case labelCountMismatch(rows: Int, labels: Int)
    case labelOutOfRange(label: Int, classCount: Int)
    case nonFiniteFeature(row: Int, column: Int)
    case singleClass(label: Int)
    case featureCountMismatch(expected: Int, found: Int)
    case invalidParameter(model: String, parameter: String, value: String, requirement: String)
    /// The fit ended without finite parameters (the data overflowed the arithmetic).
    case fitFailed(model: String, hint: String)
    /// A step that would make sparse features dense (e.g. centring them) was asked of sparse ones.
    case sparseFeaturesUnsupported(model: String, reason: String)

    public var description: String {
        switch self {
        case .noTrainingData:
            return "cannot fit a model on zero examples"
        case let .labelCountMismatch(rows, labels):
            return "\(rows) feature rows but \(labels) labels; they must match one to one"
        case let .labelOutOfRange(label, classCount):
            return "label \(label) is outside 0..<\(classCount)"
        case let .nonFiniteFeature(row, column):
            return "feature \(column) of row \(row) is NaN or infinite; features must be finite numbers"
        case let .singleClass(label):
            return "every training label is \(label); a classifier needs examples of at least two classes"
        case let .featureCountMismatch(expected, found):
            return "the model was fitted on \(expected) features but got rows with \(found)"
        case let .invalidParameter(model, parameter, value, requirement):
            return "\(model): \(parameter) = \(value), but it must be \(requirement)"
        case let .fitFailed(model, hint):
            return "\(model) did not fit: \(hint)"
        case let .sparseFeaturesUnsupported(model, reason):
            return "\(model) does not take sparse features: \(reason)"
        }
    }
}

import LinearAlgebra

/// What was wrong with a strategy's settings or with the round it was asked to serve.
public enum StrategyError: Error, Equatable, CustomStringConvertible {
    /// A parameter outside its allowed range.
    case invalidParameter(strategy: String, parameter: String, value: String, requirement: String)
    /// The strategy needs something the round's model or data does not provide.
    case unsupported(strategy: String, reason: String)
    /// Sizes that do not fit together (e.g. probabilities vs candidates).
    case shapeMismatch(strategy: String, reason: String)
    /// A NaN or infinity in what the strategy scores (`what`: "pool features", "probabilities").
    case nonFinite(strategy: String, what: String, row: Int, column: Int)

    public var description: String {
        switch self {
        case let .invalidParameter(strategy, parameter, value, requirement):
            return "\(strategy): \(parameter) = \(value), but it must be \(requirement)"
        case let .unsupported(strategy, reason):
            return "\(strategy): \(reason)"
        case let .shapeMismatch(strategy, reason):
            return "\(strategy): \(reason)"
        case let .nonFinite(strategy, what, row, column):
            return "\(strategy): the \(what) hold NaN or an infinity (row \(row), column \(column)); they must be finite numbers"
        }
    }
}

/// Throws `StrategyError.nonFinite` when `matrix` (the strategy's `what`) holds NaN or an infinity.
func requireFinite(_ matrix: Matrix, _ strategy: String, _ what: String) throws(StrategyError) {
    try requireFinite(Features.dense(matrix), strategy, what)
}

/// `requireFinite` for features of either store.
func requireFinite(_ features: Features, _ strategy: String, _ what: String) throws(StrategyError) {
    if let (row, column) = features.firstNonFinite() { throw .nonFinite(strategy: strategy, what: what, row: row, column: column) }
}

/// Throws `StrategyError.invalidParameter` unless `condition` holds.
func require(_ condition: Bool, _ strategy: String, _ parameter: String, _ value: some CustomStringConvertible,
             _ requirement: String) throws(StrategyError) {
    guard condition else {
        throw .invalidParameter(strategy: strategy, parameter: parameter, value: value.description, requirement: requirement)
    }
}

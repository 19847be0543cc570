/// What was wrong with a strategy's settings or with the round it was asked to serve.
public enum StrategyError: Error, Equatable, CustomStringConvertible {
    /// A parameter outside its allowed range.
    case invalidParameter(strategy: String, parameter: String, value: String, requirement: String)
    /// The strategy needs something the round's model or data does not provide.
    case unsupported(strategy: String, reason: String)
    /// Sizes that do not fit together (e.g. probabilities vs candidates).
    case shapeMismatch(strategy: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidParameter(strategy, parameter, value, requirement):
            return "\(strategy): \(parameter) = \(value), but it must be \(requirement)"
        case let .unsupported(strategy, reason):
            return "\(strategy): \(reason)"
        case let .shapeMismatch(strategy, reason):
            return "\(strategy): \(reason)"
        }
    }
}

/// Throws `StrategyError.invalidParameter` unless `condition` holds.
func require(_ condition: Bool, _ strategy: String, _ parameter: String, _ value: some CustomStringConvertible,
             _ requirement: String) throws(StrategyError) {
    guard condition else {
        throw .invalidParameter(strategy: strategy, parameter: parameter, value: value.description, requirement: requirement)
    }
}

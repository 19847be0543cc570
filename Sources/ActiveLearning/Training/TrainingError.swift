/// What was wrong with a training experiment's settings.
public enum TrainingError: Error, Equatable, CustomStringConvertible {
    case invalidNoise(Double)
    case tooFewClasses(Int)
    case nothingToCompare(reason: String)

    public var description: String {
        switch self {
        case let .invalidNoise(fraction):
            return "the label-noise fraction must be in [0, 1], got \(fraction)"
        case let .tooFewClasses(count):
            return "flipping labels needs at least 2 classes, the data set has \(count)"
        case let .nothingToCompare(reason):
            return "nothing to compare: \(reason)"
        }
    }
}

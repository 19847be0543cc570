/// What makes a study impossible to run, with the reason and usually the fix.
public enum StudyError: Error, Equatable, CustomStringConvertible {
    case emptyPool
    case emptyTestSet
    case noSeeds
    case noStrategies
    case noFeatures(dataset: String)
    case invalidBudget(reason: String)
    case budgetExceedsPool(labels: Int, pool: Int)
    case poolHasSingleClass(className: String)
    case initialSetTooSmall(initial: Int)
    case initialSetSingleClass(seed: Int, className: String)
    case testClassNeverSeen(className: String, testCount: Int)
    case featureCountMismatch(pool: Int, test: Int)
    case strategyReturnedInvalid(strategy: String, reason: String)
    case invalidTarget(Double)
    case notCompared(strategy: String, compared: [String])
    case notInGrid(variant: String, strategy: String)
    case duplicateVariant(name: String)
    case noVariants
    case splitFailed(seed: Int, reason: String)

    public var description: String {
        switch self {
        case .emptyPool:
            return "the pool (the training part) is empty: there is nothing to query"
        case .emptyTestSet:
            return "the test part is empty: there is nothing to measure accuracy on"
        case .noSeeds:
            return "no seeds given: use e.g. seeds: 0..<10"
        case .noStrategies:
            return "no strategies given: e.g. compare(.random, .leastConfidence)"
        case let .noFeatures(dataset):
            return "\(dataset) has no feature columns yet: supply features with withFeatures(_:) (e.g. sentence embeddings)"
        case let .invalidBudget(reason):
            return "invalid budget: \(reason)"
        case let .budgetExceedsPool(labels, pool):
            return "the budget asks for \(labels) labels but the pool has only \(pool) examples"
        case let .poolHasSingleClass(className):
            return "every pool example has class \"\(className)\"; a classifier needs at least two classes"
        case let .initialSetTooSmall(initial):
            return "an initial set of \(initial) label(s) cannot hold two classes, which every model needs to fit: use initial >= 2"
        case let .initialSetSingleClass(seed, className):
            return "with seed \(seed) the random initial set holds only class \"\(className)\"; use initialSelection: .stratified (the default) or a larger initial set"
        case let .testClassNeverSeen(className, testCount):
            return "class \"\(className)\" has \(testCount) test example(s) but none in the pool, so no model can learn it"
        case let .featureCountMismatch(pool, test):
            return "the pool has \(pool) features but the test set has \(test)"
        case let .strategyReturnedInvalid(strategy, reason):
            return "strategy \(strategy) returned an invalid selection: \(reason)"
        case let .invalidTarget(target):
            return "the target must be a fraction of the full-data accuracy in (0, 1], got \(target)"
        case let .notCompared(strategy, compared):
            return "the comparison has no strategy \(strategy); it compared \(compared.joined(separator: ", "))"
        case let .notInGrid(variant, strategy):
            return "the grid has no result for variant \"\(variant)\" with strategy \(strategy)"
        case let .duplicateVariant(name):
            return "two variants are named \"\(name)\"; a grid's variants need distinct names"
        case .noVariants:
            return "no variants given: e.g. compare(variants: [Variant(\"none\", model: base), ...], strategies: [.random, .margin])"
        case let .splitFailed(seed, reason):
            return "the split for seed \(seed) failed: \(reason)"
        }
    }
}

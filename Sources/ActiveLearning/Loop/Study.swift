/// A pool-based active-learning experiment with a simulated oracle.
///
/// The training part of `data` is the pool: its labels are hidden behind an `Oracle` and
/// revealed only for the examples a strategy queries. After the initial set and after every
/// round the model is refitted on the labeled examples and scored on the test part (never on
/// the pool). Every strategy is run once per seed; for a given seed all strategies start from
/// the same initial set, so their differences are paired.
///
/// ```swift
/// let iris = try Dataset.iris().split(test: 0.3, seed: 7)
/// let study = Study(data: iris, model: .logisticRegression(c: 1),
///                   budget: .init(initial: 6, batch: 3, rounds: 15), seeds: 0..<10)
/// try study.compare(.random, .leastConfidence, .margin, .entropy)
/// ```
public struct Study: Sendable {
    /// The pool (`train`) and the held-out test set (`test`).
    public let data: TrainTest
    /// The model refitted after every round.
    public let model: Model
    /// Initial set, batch size and rounds.
    public let budget: Budget
    /// One run per seed and strategy.
    public let seeds: [Int]
    /// Whether runs use all cores. Results do not depend on it: every run has its own generator.
    public var runsInParallel = true
    /// Whether each round's model starts its solver from the previous round's model (for
    /// logistic regression: L-BFGS from the previous coefficients). Same problem, same
    /// tolerance, fewer iterations; results match cold starts up to the solver tolerance.
    public var warmStart = true

    public init(data: TrainTest, model: Model, budget: Budget, seeds: some Sequence<Int>) {
        self.data = data
        self.model = model
        self.budget = budget
        self.seeds = Array(seeds)
    }

    /// The pool.
    public var pool: Dataset { data.train }
    /// The held-out test set.
    public var test: Dataset { data.test }

    /// Checks that the study can run: non-empty pool and test set, features present and of equal
    /// width, a sensible budget that fits in the pool, two classes in the pool, and no test class
    /// missing from the pool.
    public func validate() throws(StudyError) {
        guard pool.count > 0 else { throw .emptyPool }
        guard test.count > 0 else { throw .emptyTestSet }
        guard !seeds.isEmpty else { throw .noSeeds }
        guard pool.featureCount > 0 else { throw .noFeatures(dataset: pool.name) }
        guard pool.featureCount == test.featureCount else {
            throw .featureCountMismatch(pool: pool.featureCount, test: test.featureCount)
        }
        guard budget.batch >= 1 else { throw .invalidBudget(reason: "batch is \(budget.batch); it must be at least 1") }
        guard budget.rounds >= 0 else { throw .invalidBudget(reason: "rounds is \(budget.rounds); it must be at least 0") }
        guard budget.initial >= 2 else { throw .initialSetTooSmall(initial: budget.initial) }
        guard budget.totalLabels >= budget.initial else {
            throw .invalidBudget(reason: "the label budget \(budget.totalLabels) is below the initial set \(budget.initial)")
        }
        guard budget.totalLabels <= pool.count else { throw .budgetExceedsPool(labels: budget.totalLabels, pool: pool.count) }
        let poolCounts = pool.classCounts
        let present = poolCounts.indices.filter { poolCounts[$0] > 0 }
        guard present.count >= 2 else { throw .poolHasSingleClass(className: pool.classNames[present.first ?? 0]) }
        for (label, count) in test.classCounts.enumerated() where count > 0 && poolCounts[label] == 0 {
            throw .testClassNeverSeen(className: test.classNames[label], testCount: count)
        }
    }
}

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
///
/// A study holds one train/test split (`init(data: TrainTest, ...)`), or draws a new stratified
/// split for every seed (`init(data: Dataset, testFraction:, ...)`: seed `s` runs on
/// `data.split(test: testFraction, seed: s)`), the usual protocol in papers and in
/// scikit-learn-based tools. Either way, strategies run with the same seed share the split and
/// the initial set, so their differences stay paired.
public struct Study: Sendable {
    /// A new stratified split per seed: the whole data set and the test fraction.
    public struct PerSeedSplit: Sendable {
        /// The data set every seed splits.
        public let data: Dataset
        /// The fraction of every class that goes to the test part.
        public let testFraction: Double
    }

    /// The pool (`train`) and the held-out test set (`test`); for a study that splits per seed,
    /// the split of its first seed.
    public let data: TrainTest
    /// Set when every seed draws its own split (see `split(seed:)`).
    public let perSeedSplit: PerSeedSplit?
    /// The model refitted after every round.
    public var model: Model
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

    /// A study on one fixed split: every seed uses the same pool and test set.
    public init(data: TrainTest, model: Model, budget: Budget, seeds: some Sequence<Int>) {
        self.data = data
        self.perSeedSplit = nil
        self.model = model
        self.budget = budget
        self.seeds = Array(seeds)
    }

    /// A study that draws a new stratified split of `data` for every seed:
    /// `data.split(test: testFraction, seed: seed)`, so it equals the studies one would build by
    /// hand, one per seed. Throws when the fraction or a class is unfit for splitting (checked on
    /// the first seed here, on every seed when it runs) or there are no seeds.
    public init(data: Dataset, testFraction: Double, model: Model, budget: Budget,
                seeds: some Sequence<Int>) throws(StudyError) {
        let seeds = Array(seeds)
        guard let first = seeds.first else { throw .noSeeds }
        let split = PerSeedSplit(data: data, testFraction: testFraction)
        self.data = try Study.split(split, seed: first)
        self.perSeedSplit = split
        self.model = model
        self.budget = budget
        self.seeds = seeds
    }

    /// The pool (for a study that splits per seed: the first seed's).
    public var pool: Dataset { data.train }
    /// The held-out test set (for a study that splits per seed: the first seed's).
    public var test: Dataset { data.test }

    /// The split seed `seed` runs on: `data`, or the seed's own stratified split.
    public func split(seed: Int) throws(StudyError) -> TrainTest {
        guard let perSeedSplit, seed != seeds.first else { return data }
        return try Study.split(perSeedSplit, seed: seed)
    }

    private static func split(_ split: PerSeedSplit, seed: Int) throws(StudyError) -> TrainTest {
        do { return try split.data.split(test: split.testFraction, seed: seed) }
        catch { throw .splitFailed(seed: seed, reason: error.description) }
    }

    /// Checks that the study can run: non-empty pool and test set, features present and of equal
    /// width, a sensible budget that fits in the pool, two classes in the pool, and no test class
    /// missing from the pool.
    public func validate() throws(StudyError) {
        guard !seeds.isEmpty else { throw .noSeeds }
        try validate(data)
    }

    /// The checks of `validate()` that depend on the split.
    func validate(_ split: TrainTest) throws(StudyError) {
        let pool = split.train, test = split.test
        guard pool.count > 0 else { throw .emptyPool }
        guard test.count > 0 else { throw .emptyTestSet }
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

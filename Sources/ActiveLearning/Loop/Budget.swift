/// How many labels an active learner gets: an initial labeled set, then `rounds` queries of
/// `batch` labels each. After round `r` the learner holds `initial + r * batch` labels (the last
/// batch is smaller when a label budget does not divide evenly).
public struct Budget: Sendable, Equatable {
    /// How the initial labeled set is drawn.
    public enum InitialSelection: Sendable, Equatable {
        /// One example of each class (classes in a seeded random order) while the initial budget
        /// lasts, then uniformly random examples — so a model sees as many classes as possible.
        case stratified
        /// Uniformly random examples; throws if they all have the same class.
        case random
        /// TypiClust's cold start: the most typical example of each of `initial` k-means clusters
        /// of the pool, chosen without looking at any label (see `TypiClust`).
        case typical
    }

    /// The size of the initial labeled set.
    public var initial: Int
    /// Labels queried per round.
    public var batch: Int
    /// The number of query rounds.
    public var rounds: Int
    /// The total number of labels at the end (`initial + rounds * batch` unless capped).
    public var totalLabels: Int
    /// How the initial set is drawn.
    public var initialSelection: InitialSelection

    /// `rounds` rounds of `batch` labels after `initial` ones.
    public init(initial: Int, batch: Int, rounds: Int, initialSelection: InitialSelection = .stratified) {
        self.initial = initial
        self.batch = batch
        self.rounds = rounds
        self.totalLabels = initial + max(rounds, 0) * max(batch, 0)
        self.initialSelection = initialSelection
    }

    /// Rounds of `batch` labels after `initial` ones until `labels` labels in total.
    public init(initial: Int, batch: Int, labels: Int, initialSelection: InitialSelection = .stratified) {
        self.initial = initial
        self.batch = batch
        self.rounds = batch > 0 ? max(0, (labels - initial + batch - 1) / batch) : 0
        self.totalLabels = labels
        self.initialSelection = initialSelection
    }

    /// The number of labels held after `round` rounds (round 0 is the initial set).
    public func labels(afterRound round: Int) -> Int {
        min(initial + round * batch, totalLabels)
    }

    /// The label counts at which the model is evaluated: after round 0, 1, ..., `rounds`.
    public var checkpoints: [Int] { (0...max(rounds, 0)).map { labels(afterRound: $0) } }
}

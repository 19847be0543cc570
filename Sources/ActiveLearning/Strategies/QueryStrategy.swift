import LinearAlgebra

/// A rule that picks which unlabeled pool examples to send to the oracle next.
///
/// Conform to add a strategy (committees, BADGE, core-set, ...); wrap it in `Strategy` to use
/// it in a `Study`. The loop calls `select` once per round with everything a strategy may
/// legitimately look at — never the hidden labels of the unlabeled pool.
///
/// Strategies are `Hashable` values: two strategies are the same when they are of the same type
/// with the same settings, which is how results are looked up (`comparison[.margin]`).
public protocol QueryStrategy: Sendable, Hashable {
    /// The name shown in tables, with the settings that tell variants apart.
    var name: String { get }
    /// A short name for chart labels and legends (defaults to `name`).
    var shortName: String { get }
    /// Returns `count` distinct pool indices taken from `context.unlabeled` (fewer only when
    /// fewer are left). Random choices and tie-breaks must draw from `generator`.
    func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int]
    /// Whether `select` reads `context.probabilities`; when false the loop skips predicting the
    /// pool and passes an empty matrix. Defaults to true.
    var usesProbabilities: Bool { get }
}

extension QueryStrategy {
    public var usesProbabilities: Bool { true }
    public var shortName: String { name }
}

/// What a strategy sees in one round.
public struct QueryContext: Sendable {
    /// The model specification, for strategies that refit (e.g. committees).
    public let model: Model
    /// The model fitted on the labeled examples of this round.
    public let fitted: any FittedClassifier
    /// Features of the whole pool, one row per pool index, as the pool stores them (dense or
    /// sparse): what the engine's strategies read.
    public let pool: Features
    /// The pool's features with every element stored (for a sparse pool a dense copy is made on
    /// every access; prefer `pool`).
    public var poolFeatures: Matrix { pool.densified() }
    /// Pool indices already labeled, in the order they were labeled.
    public let labeled: [Int]
    /// Their labels, as revealed by the oracle (same order as `labeled`).
    public let labels: [Int]
    /// Pool indices not labeled yet: the candidates.
    public let unlabeled: [Int]
    /// `fitted`'s class probabilities for the candidates, row `i` for `unlabeled[i]` (empty when
    /// the strategy's `usesProbabilities` is false).
    public let probabilities: Matrix
    /// The round number, starting at 1 for the first query.
    public let round: Int

    public init(model: Model, fitted: any FittedClassifier, poolFeatures: Matrix, labeled: [Int], labels: [Int],
                unlabeled: [Int], probabilities: Matrix, round: Int) {
        self.init(model: model, fitted: fitted, pool: .dense(poolFeatures), labeled: labeled, labels: labels,
                  unlabeled: unlabeled, probabilities: probabilities, round: round)
    }

    /// A context over pool features of either store.
    public init(model: Model, fitted: any FittedClassifier, pool: Features, labeled: [Int], labels: [Int],
                unlabeled: [Int], probabilities: Matrix, round: Int) {
        self.model = model
        self.fitted = fitted
        self.pool = pool
        self.labeled = labeled
        self.labels = labels
        self.unlabeled = unlabeled
        self.probabilities = probabilities
        self.round = round
    }
}

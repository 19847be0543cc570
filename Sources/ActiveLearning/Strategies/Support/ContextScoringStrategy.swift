import LinearAlgebra

/// A strategy that scores every candidate from the whole round (model, pool, labeled set) —
/// not only from the probabilities — and takes the `count` highest scores, exact ties broken at
/// random from the round's generator. Committees and information density are of this kind.
public protocol ContextScoringStrategy: QueryStrategy {
    /// One score per candidate (`context.unlabeled` order); higher is queried first.
    func scores(in context: QueryContext, using generator: inout SeededGenerator) throws -> [Double]
}

extension ContextScoringStrategy {
    public func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        let scores = try scores(in: context, using: &generator)
        return topK(scores, count, using: &generator).map { context.unlabeled[$0] }
    }
}

/// The per-candidate scores of any scoring strategy (probability-based or context-based);
/// throws for strategies that only select (random, core-set, BADGE, ...).
func candidateScores(of strategy: any QueryStrategy, in context: QueryContext,
                     using generator: inout SeededGenerator, for user: String) throws -> [Double] {
    if let scorer = strategy as? any ContextScoringStrategy {
        return try scorer.scores(in: context, using: &generator)
    }
    if let scorer = strategy as? any ScoringStrategy {
        return scorer.scores(context.probabilities)
    }
    throw StrategyError.unsupported(strategy: user, reason: "\(strategy.name) selects a batch without per-example scores; use a scoring strategy such as .entropy, .margin, .leastConfidence, .bald or .queryByCommittee")
}

import Foundation
import LinearAlgebra

/// Random sampling: `count` candidates drawn uniformly without replacement. The baseline every
/// other strategy is compared with.
public struct RandomSampling: QueryStrategy {
    public init() {}
    public var name: String { "random" }
    public var usesProbabilities: Bool { false }
    public func select(_ count: Int, from context: QueryContext, using generator: inout SeededGenerator) throws -> [Int] {
        generator.sample(context.unlabeled, count: count)
    }
}

/// Least confidence: query where the most probable class is least probable,
/// score `1 - max_k p_k`.
public struct LeastConfidence: ScoringStrategy {
    public init() {}
    public var name: String { "least confidence" }
    public func scores(_ probabilities: Matrix) -> [Double] {
        (0..<probabilities.rows).map { 1 - topTwo(probabilities.row($0)).first }
    }
}

/// Margin: query where the two most probable classes are closest,
/// score `-(p_(1) - p_(2))` (the smallest gap first).
public struct MarginSampling: ScoringStrategy {
    public init() {}
    public var name: String { "margin" }
    public func scores(_ probabilities: Matrix) -> [Double] {
        (0..<probabilities.rows).map { let (a, b) = topTwo(probabilities.row($0)); return b - a }
    }
}

/// Entropy: query where the predicted distribution is most spread out,
/// score `-sum_k p_k log p_k` (natural log, `0 log 0 = 0`).
public struct EntropySampling: ScoringStrategy {
    public init() {}
    public var name: String { "entropy" }
    public func scores(_ probabilities: Matrix) -> [Double] { Uncertainty.entropies(probabilities) }
}

/// Most confident: query where the most probable class is *most* probable, score `max_k p_k`.
///
/// This is the article's literal rule — "select the samples with the highest prediction
/// scores" — kept so a lesson can show what it does: it asks the oracle about examples the
/// model already gets right, which usually learns *slower* than random sampling. Uncertainty
/// sampling (`.leastConfidence`) is the opposite rule.
public struct MostConfident: ScoringStrategy {
    public init() {}
    public var name: String { "most confident" }
    public func scores(_ probabilities: Matrix) -> [Double] {
        (0..<probabilities.rows).map { topTwo(probabilities.row($0)).first }
    }
}

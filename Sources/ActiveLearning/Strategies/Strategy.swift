/// A query strategy as a lesson writes it: `.random`, `.leastConfidence`, `.margin`,
/// `.entropy`, `.mostConfident`, or `Strategy(MyStrategy())` for your own `QueryStrategy`.
///
/// A `Hashable` value: equal when the wrapped strategies are of the same type with the same
/// settings, so results are keyed by it (`comparison[.margin]`), never by a display name.
public struct Strategy: Sendable, Hashable, CustomStringConvertible {
    /// The rule.
    public let base: any QueryStrategy

    /// Wraps any query strategy.
    public init(_ base: some QueryStrategy) { self.base = base }

    /// The strategy's display name, with its settings ("TypiClust (typicality)").
    public var name: String { base.name }
    /// A short name for chart labels ("TypiClust").
    public var shortName: String { base.shortName }
    public var description: String { name }

    public static func == (lhs: Strategy, rhs: Strategy) -> Bool { AnyHashable(lhs.base) == AnyHashable(rhs.base) }
    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(base)) }

    /// Uniform random sampling — the baseline.
    public static var random: Strategy { Strategy(RandomSampling()) }
    /// Least confidence: `1 - max p` highest first.
    public static var leastConfidence: Strategy { Strategy(LeastConfidence()) }
    /// Margin: smallest gap between the two most probable classes first.
    public static var margin: Strategy { Strategy(MarginSampling()) }
    /// Entropy: highest predictive entropy first.
    public static var entropy: Strategy { Strategy(EntropySampling()) }
    /// The article's literal rule, "highest prediction scores": the most confident first.
    public static var mostConfident: Strategy { Strategy(MostConfident()) }

    /// Whether this is the random baseline.
    var isRandom: Bool { base is RandomSampling }
}

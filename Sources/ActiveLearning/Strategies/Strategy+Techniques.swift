extension Strategy {
    /// Query by committee: a bagging committee of the study's model; `disagreement` is
    /// `.voteEntropy` or `.kullbackLeibler` (see `QueryByCommittee`).
    public static func queryByCommittee(members: Int = 5,
                                        disagreement: QueryByCommittee.Disagreement = .voteEntropy) -> Strategy {
        Strategy(QueryByCommittee(members: members, disagreement: disagreement))
    }

    /// Uncertainty times mean cosine similarity to the pool (see `InformationDensity`).
    public static func informationDensity(_ uncertainty: Uncertainty = .entropy, beta: Double = 1) -> Strategy {
        Strategy(InformationDensity(uncertainty: uncertainty, beta: beta))
    }

    /// k-center greedy core-set: the candidate farthest from everything labeled (see `CoreSet`).
    public static var coreSet: Strategy { Strategy(CoreSet()) }

    /// BADGE: k-means++ seeding on gradient embeddings (see `BADGE`).
    public static var badge: Strategy { Strategy(BADGE()) }

    /// TypiClust: the most typical point of the least-covered k-means clusters (see `TypiClust`).
    public static func typiClust(neighbors: Int = 20, maxClusters: Int = 500) -> Strategy {
        Strategy(TypiClust(neighbors: neighbors, maxClusters: maxClusters))
    }

    /// BALD with MC dropout; the model must sample predictions, e.g. `.mlp(dropout: 0.3)`.
    public static func bald(samples: Int = 20) -> Strategy { Strategy(BALD(samples: samples)) }

    /// Draws the batch at random with `P ∝ exp(score / temperature)` from any scoring strategy
    /// instead of taking its top-k (see `StochasticBatch`).
    public static func softmaxSampling(_ base: Strategy, temperature: Double = 1) -> Strategy {
        Strategy(StochasticBatch(base.base, sampling: .softmax(temperature: temperature)))
    }

    /// Draws the batch at random with `P ∝ score^beta` from any non-negative scoring strategy.
    public static func powerSampling(_ base: Strategy, beta: Double = 1) -> Strategy {
        Strategy(StochasticBatch(base.base, sampling: .power(beta: beta)))
    }
}

import LinearAlgebra

/// What stopping rules look at, after every round of one run: the label count, the test
/// accuracy (to judge a rule, never to drive it), Cohen's kappa between this round's and the
/// previous round's predictions on a fixed unlabeled stop set, and the largest uncertainty left
/// in the unlabeled pool.
public struct StoppingTrace: Sendable {
    /// Labels held at each checkpoint (round 0 = the initial set).
    public let labels: [Int]
    /// Test accuracy at each checkpoint.
    public let accuracy: [Double]
    /// κ between consecutive rounds' stop-set predictions; nil at round 0.
    public let kappas: [Double?]
    /// The largest uncertainty among the examples still unlabeled at each checkpoint.
    public let maxUncertainty: [Double]
}

extension Study {
    /// Replays `run` round by round — refitting the study's model on the labels it held — and
    /// records what stopping rules need. The stop set is `stopSetSize` pool rows drawn with
    /// `seed` (their labels are never used); `uncertainty` scores the unlabeled pool.
    public func stoppingTrace(_ run: Run, stopSetSize: Int = 1000, uncertainty: Uncertainty = .leastConfidence,
                              seed: Int = 0) throws -> StoppingTrace {
        try validate()
        try require(stopSetSize >= 1, "stopping trace", "stopSetSize", stopSetSize, "at least 1")
        var generator = SeededGenerator(seed: seed, stream: 11)
        let stopSet = pool.storedFeatures.rows(at: generator.sample(Array(0..<pool.count), count: stopSetSize))
        var labeled = run.initial
        var kappas: [Double?] = [], maxUncertainty: [Double] = [], previous: [Int]?
        for round in 0..<run.points.count {
            if round > 0 { labeled += run.queried[round - 1] }
            let fitted = try model.classifier.fit(pool.storedFeatures.rows(at: labeled), labels: labeled.map { pool.labels[$0] },
                                                  classCount: pool.classCount)
            let predictions = try fitted.predict(stopSet)
            kappas.append(try previous.map { try cohensKappa($0, predictions) })
            previous = predictions
            let isLabeled = Set(labeled)
            let rest = (0..<pool.count).filter { !isLabeled.contains($0) }
            let probabilities = try fitted.predictProbabilities(pool.storedFeatures.rows(at: rest))
            maxUncertainty.append(uncertainty.scores(probabilities).max() ?? 0)
        }
        return StoppingTrace(labels: run.points.map(\.labels), accuracy: run.accuracies, kappas: kappas,
                             maxUncertainty: maxUncertainty)
    }
}

/// One active-learning run: one strategy, one seed.
public struct Run: Sendable {
    /// One evaluation on the test set.
    public struct Point: Sendable, Equatable {
        /// Labels held when the model was fitted.
        public let labels: Int
        /// Test accuracy.
        public let accuracy: Double
        /// Test macro-F1.
        public let macroF1: Double
    }

    /// The strategy's name.
    public let strategy: String
    /// The seed of this run.
    public let seed: Int
    /// Pool indices of the initial labeled set.
    public let initial: [Int]
    /// Pool indices queried in each round, round 1 first.
    public let queried: [[Int]]
    /// Test scores after round 0 (the initial set), 1, 2, ...
    public let points: [Point]

    /// Every labeled pool index at the end, in labeling order.
    public var labeled: [Int] { initial + queried.flatMap { $0 } }
    /// Test accuracy after each round.
    public var accuracies: [Double] { points.map(\.accuracy) }
}

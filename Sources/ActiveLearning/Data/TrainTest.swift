import LinearAlgebra

/// A data set cut in two: `train` (the pool an active learner draws from) and `test`
/// (held out, used only to measure).
public struct TrainTest: Sendable {
    /// The training part (in a study: the unlabeled pool with its hidden labels).
    public let train: Dataset
    /// The held-out test part.
    public let test: Dataset

    /// Pairs two parts; they must have the same number of features and the same class names.
    public init(train: Dataset, test: Dataset) throws(DataError) {
        guard train.classNames == test.classNames else {
            throw .incompatibleParts(reason: "class names \(train.classNames) vs \(test.classNames)")
        }
        guard train.featureCount == test.featureCount else {
            throw .incompatibleParts(reason: "\(train.featureCount) features in train vs \(test.featureCount) in test")
        }
        self.train = train
        self.test = test
    }

    /// The TREC coarse question classification: its own training and test files.
    public static func trec() throws(DataError) -> TrainTest {
        try TrainTest(train: Dataset.trec(.train), test: Dataset.trec(.test))
    }

    /// Both parts with new features (e.g. sentence embeddings of their texts).
    public func withFeatures(train trainFeatures: [[Float]], test testFeatures: [[Float]]) throws(DataError) -> TrainTest {
        try TrainTest(train: train.withFeatures(trainFeatures), test: test.withFeatures(testFeatures))
    }

    /// Both parts with new features given as `Double` rows.
    public func withFeatures(train trainFeatures: [[Double]], test testFeatures: [[Double]]) throws(DataError) -> TrainTest {
        try TrainTest(train: train.withFeatures(trainFeatures), test: test.withFeatures(testFeatures))
    }

    /// Both parts with features computed from their texts by `encode`, e.g.
    /// `trec.withFeatures(encoder.encode)` (the engine takes a closure, so it does not depend on
    /// the encoder). `encode` gets each part's `texts` and returns one row per text.
    public func withFeatures(_ encode: ([String]) throws -> [[Float]]) throws -> TrainTest {
        try withFeatures(train: encode(train.texts), test: encode(test.texts))
    }

    /// Both parts with sparse features computed from their texts by `encode`, e.g.
    /// `trec.withFeatures(tfidf.sparseMatrix)`: one row per text, kept sparse.
    public func withFeatures(_ encode: ([String]) throws -> SparseMatrix) throws -> TrainTest {
        try TrainTest(train: train.withFeatures(encode(train.texts)), test: test.withFeatures(encode(test.texts)))
    }
}

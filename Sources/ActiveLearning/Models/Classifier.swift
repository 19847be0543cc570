import LinearAlgebra

/// A learning algorithm: given labelled rows, it returns a fitted model. Conform to add a model
/// to the engine; `Model` wraps any conforming value for the `.logisticRegression(c: 1)` syntax.
public protocol Classifier: Sendable {
    /// A short human-readable name, e.g. "logistic regression (C = 1)".
    var name: String { get }
    /// Fits on `features` (one row per example) and `labels` in `0..<classCount`.
    func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier
    /// Fits like `fit`, but may start its solver from `previous` (a model fitted on a subset of
    /// these rows, e.g. in the previous active-learning round). It solves the same problem to
    /// the same tolerance; only the starting point differs. The default ignores `previous`.
    func fit(_ features: Matrix, labels: [Int], classCount: Int,
             warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier
    /// Fits like `fit(_:labels:classCount:warmStart:)` on features of either store, with the
    /// same result. The default fits on the densified rows; models with a sparse path
    /// (logistic regression, kNN) compute on sparse rows directly.
    func fit(_ features: Features, labels: [Int], classCount: Int,
             warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier
}

extension Classifier {
    public func fit(_ features: Matrix, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        try fit(features, labels: labels, classCount: classCount)
    }

    public func fit(_ features: Features, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        try fit(features.densified(), labels: labels, classCount: classCount, warmStart: previous)
    }

    /// Fits on features of either store, from scratch.
    public func fit(_ features: Features, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        try fit(features, labels: labels, classCount: classCount, warmStart: nil)
    }
}

/// A fitted model: it maps feature rows to class probabilities.
public protocol FittedClassifier: Sendable {
    /// The number of classes (columns of `predictProbabilities`).
    var classCount: Int { get }
    /// The number of features the model was fitted on.
    var featureCount: Int { get }
    /// One row per example, one column per class; every row sums to 1.
    func predictProbabilities(_ features: Matrix) throws -> Matrix
    /// `predictProbabilities` for features of either store, with the same result. The default
    /// predicts dense features directly and sparse ones in blocks of 256 densified rows (every
    /// row's probabilities depend on that row alone).
    func predictProbabilities(_ features: Features) throws -> Matrix
}

extension FittedClassifier {
    public func predictProbabilities(_ features: Features) throws -> Matrix {
        guard case let .sparse(rows) = features else { return try predictProbabilities(features.densified()) }
        var values: [Double] = []
        values.reserveCapacity(rows.rows * classCount)
        for start in stride(from: 0, to: rows.rows, by: 256) {
            let block = rows.rows(at: Array(start..<min(start + 256, rows.rows))).densified()
            values += try predictProbabilities(block).values
        }
        return try Matrix(rows: rows.rows, columns: classCount, computed: values)
    }
}

extension FittedClassifier {
    /// The most probable class of every row (the lowest label wins exact ties).
    public func predict(_ features: Matrix) throws -> [Int] {
        try predict(Features.dense(features))
    }

    /// The most probable class of every row, for features of either store.
    public func predict(_ features: Features) throws -> [Int] {
        let probabilities = try predictProbabilities(features)
        return (0..<probabilities.rows).map { r in
            let row = probabilities.row(r)
            var best = row.startIndex
            for i in row.indices where row[i] > row[best] { best = i }
            return best - row.startIndex
        }
    }

    /// Predicted classes of a data set's rows.
    public func predict(_ data: Dataset) throws -> [Int] { try predict(data.storedFeatures) }

    /// The fraction of `data`'s rows whose predicted class is the true label.
    public func accuracy(on data: Dataset) throws -> Double {
        try Metrics.accuracy(truth: data.labels, predicted: predict(data))
    }

    /// Throws unless `features` has the number of columns the model was fitted on and every
    /// value is finite (NaN in, NaN probabilities out, would pass for a prediction).
    func checkInput(_ features: Matrix) throws(ModelError) { try checkInput(Features.dense(features)) }

    /// `checkInput` for features of either store.
    func checkInput(_ features: Features) throws(ModelError) {
        guard features.columns == featureCount else {
            throw .featureCountMismatch(expected: featureCount, found: features.columns)
        }
        if let (row, column) = features.firstNonFinite() { throw .nonFiniteFeature(row: row, column: column) }
    }
}

/// Checks shared by every `fit`: matching counts, labels in range, finite values, two classes.
func validateTraining(_ features: Matrix, labels: [Int], classCount: Int) throws(ModelError) {
    try validateTraining(Features.dense(features), labels: labels, classCount: classCount)
}

/// `validateTraining` for features of either store.
func validateTraining(_ features: Features, labels: [Int], classCount: Int) throws(ModelError) {
    guard features.rows > 0 else { throw .noTrainingData }
    guard features.rows == labels.count else {
        throw .labelCountMismatch(rows: features.rows, labels: labels.count)
    }
    if let bad = labels.first(where: { $0 < 0 || $0 >= classCount }) {
        throw .labelOutOfRange(label: bad, classCount: classCount)
    }
    if let (row, column) = features.firstNonFinite() { throw .nonFiniteFeature(row: row, column: column) }
    guard Set(labels).count >= 2 else { throw .singleClass(label: labels[0]) }
}

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
}

extension Classifier {
    public func fit(_ features: Matrix, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        try fit(features, labels: labels, classCount: classCount)
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
}

extension FittedClassifier {
    /// The most probable class of every row (the lowest label wins exact ties).
    public func predict(_ features: Matrix) throws -> [Int] {
        let probabilities = try predictProbabilities(features)
        return (0..<probabilities.rows).map { r in
            let row = probabilities.row(r)
            var best = row.startIndex
            for i in row.indices where row[i] > row[best] { best = i }
            return best - row.startIndex
        }
    }

    /// Predicted classes of a data set's rows.
    public func predict(_ data: Dataset) throws -> [Int] { try predict(data.features) }

    /// The fraction of `data`'s rows whose predicted class is the true label.
    public func accuracy(on data: Dataset) throws -> Double {
        try Metrics.accuracy(truth: data.labels, predicted: predict(data))
    }

    /// Throws unless `features` has the number of columns the model was fitted on and every
    /// value is finite (NaN in, NaN probabilities out, would pass for a prediction).
    func checkInput(_ features: Matrix) throws(ModelError) {
        guard features.columns == featureCount else {
            throw .featureCountMismatch(expected: featureCount, found: features.columns)
        }
        if let (row, column) = features.firstNonFinite() { throw .nonFiniteFeature(row: row, column: column) }
    }
}

/// Checks shared by every `fit`: matching counts, labels in range, finite values, two classes.
func validateTraining(_ features: Matrix, labels: [Int], classCount: Int) throws(ModelError) {
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

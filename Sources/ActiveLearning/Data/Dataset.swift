import LinearAlgebra

/// A labelled data set: one row of `features` per example, an integer label per example
/// (an index into `classNames`), and optionally the raw items (texts, images) for display.
///
/// ```swift
/// let iris = try Dataset.iris()                  // 150 x 4, classes setosa/versicolor/virginica
/// let parts = try iris.split(test: 0.3, seed: 7) // stratified train/test split
/// ```
public struct Dataset: Sendable {
    /// A raw example as a person would look at it.
    public enum Item: Sendable, Equatable {
        /// A piece of text (e.g. a TREC question).
        case text(String)
        /// A grey-level image, row-major pixels (e.g. an 8x8 digit with values 0...16).
        case image(width: Int, height: Int, pixels: [Double])
    }

    /// A short name used in tables and error messages (e.g. "iris").
    public var name: String
    /// The feature rows as stored: dense, or sparse (e.g. `withFeatures(tfidf.sparseMatrix)`).
    /// Models, strategies and studies read this, so sparse rows stay sparse.
    public private(set) var storedFeatures: Features
    /// The feature matrix, `count` rows by `featureCount` columns, every element stored (for
    /// sparse features a dense copy is made on every access; see `storedFeatures`).
    public var features: Matrix { storedFeatures.densified() }
    /// The label of every row, each in `0..<classNames.count`.
    public private(set) var labels: [Int]
    /// The class names, indexed by label.
    public let classNames: [String]
    /// The raw items, one per row, when the data set has them.
    public private(set) var items: [Item]?

    /// A data set, checked: one label per row, labels in range, finite features, one item per row.
    public init(name: String = "data", features: Matrix, labels: [Int], classNames: [String],
                items: [Item]? = nil) throws(DataError) {
        try self.init(name: name, storedFeatures: .dense(features), labels: labels, classNames: classNames, items: items)
    }

    /// A data set with sparse feature rows, checked as `init(name:features:labels:classNames:items:)`.
    public init(name: String = "data", features: SparseMatrix, labels: [Int], classNames: [String],
                items: [Item]? = nil) throws(DataError) {
        try self.init(name: name, storedFeatures: .sparse(features), labels: labels, classNames: classNames, items: items)
    }

    /// A data set over features of either store, checked as above.
    public init(name: String = "data", storedFeatures features: Features, labels: [Int], classNames: [String],
                items: [Item]? = nil) throws(DataError) {
        guard features.rows == labels.count else {
            throw .countMismatch(dataset: name, what: "feature rows", count: features.rows, labels: labels.count)
        }
        if let items, items.count != labels.count {
            throw .countMismatch(dataset: name, what: "items", count: items.count, labels: labels.count)
        }
        if let (row, label) = labels.enumerated().first(where: { $0.element < 0 || $0.element >= classNames.count }) {
            throw .labelOutOfRange(dataset: name, row: row, label: label, classCount: classNames.count)
        }
        if let (row, column) = features.firstNonFinite() {
            throw .nonFiniteFeature(dataset: name, row: row, column: column, value: features[row, column])
        }
        self.name = name
        self.storedFeatures = features
        self.labels = labels
        self.classNames = classNames
        self.items = items
    }

    /// A data set from a list of feature rows; throws on ragged rows as well as the checks above.
    public init(name: String = "data", features: [[Double]], labels: [Int], classNames: [String],
                items: [Item]? = nil) throws(DataError) {
        try self.init(name: name, features: Self.matrix(features, dataset: name), labels: labels, classNames: classNames, items: items)
    }

    /// The number of examples.
    public var count: Int { labels.count }
    /// The number of features per example (0 for texts whose features are not computed yet).
    public var featureCount: Int { storedFeatures.columns }
    /// The number of classes.
    public var classCount: Int { classNames.count }

    /// How many examples each class has, indexed by label.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// The label of the class named `className` (its index in `classNames`); throws when the
    /// data set has no such class.
    public func label(of className: String) throws(DataError) -> Int {
        guard let label = classNames.firstIndex(of: className) else {
            throw .noSuchClass(dataset: name, className: className, classNames: classNames)
        }
        return label
    }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        var copy = self
        copy.storedFeatures = storedFeatures.rows(at: indices)
        copy.labels = indices.map { labels[$0] }
        copy.items = items.map { all in indices.map { all[$0] } }
        return copy
    }
}

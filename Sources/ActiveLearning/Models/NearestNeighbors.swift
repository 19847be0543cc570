import LinearAlgebra

/// k-nearest neighbours, as scikit-learn's `KNeighborsClassifier(n_neighbors: k)`: Euclidean
/// distance, uniform votes; the probability of a class is the fraction of the k nearest training
/// rows that carry it. Equal distances are ordered by training row. With fewer than k training
/// rows, all of them vote. Squared distances use `‖a‖² + ‖b‖² - 2 a·b`, with `a·b` from the
/// engine's products; sparse rows stay sparse (`a·b` over the columns stored in both, the bits
/// of the dense product), so the neighbours are the same for either store.
public struct NearestNeighbors: Classifier {
    /// The number of neighbours that vote (at least 1).
    public var k: Int

    public init(k: Int = 5) { self.k = k }

    public var name: String { "\(k)-nearest neighbours" }

    public func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        try fit(Features.dense(features), labels: labels, classCount: classCount, warmStart: nil)
    }

    /// Keeps the training rows as they are stored (sparse rows stay sparse).
    public func fit(_ features: Features, labels: [Int], classCount: Int,
                    warmStart previous: (any FittedClassifier)?) throws -> any FittedClassifier {
        guard k >= 1 else {
            throw ModelError.invalidParameter(model: "k-nearest neighbours", parameter: "k", value: "\(k)", requirement: "at least 1")
        }
        try validateTraining(features, labels: labels, classCount: classCount)
        return FittedNearestNeighbors(k: k, features: features, labels: labels, classCount: classCount,
                                      squaredNorms: features.rowSquaredNorms())
    }
}

/// A fitted k-nearest-neighbours model (it keeps the training rows).
public struct FittedNearestNeighbors: FittedClassifier {
    public let k: Int
    let features: Features
    let labels: [Int]
    public let classCount: Int
    let squaredNorms: [Double]

    public var featureCount: Int { features.columns }

    public func predictProbabilities(_ queries: Matrix) throws -> Matrix {
        try predictProbabilities(Features.dense(queries))
    }

    /// The neighbours' votes for queries of either store.
    public func predictProbabilities(_ queries: Features) throws -> Matrix {
        try checkInput(queries)
        let products = try queries.multiplied(byTransposeOf: features)
        let queryNorms = queries.rowSquaredNorms()
        let voters = min(k, labels.count)
        var probabilities = Matrix(rows: queries.rows, columns: classCount)
        var distances = [(Double, Int)](repeating: (0, 0), count: labels.count)
        for i in 0..<queries.rows {
            for t in 0..<labels.count {
                distances[t] = (max(queryNorms[i] + squaredNorms[t] - 2 * products[i, t], 0), t)
            }
            let nearest = smallest(voters, of: distances)
            for t in nearest { probabilities[i, labels[t]] += 1 / Double(voters) }
        }
        return probabilities
    }

    /// Indices of the `count` smallest (distance, index) pairs.
    private func smallest(_ count: Int, of pairs: [(Double, Int)]) -> [Int] {
        var best: [(Double, Int)] = []
        best.reserveCapacity(count + 1)
        for pair in pairs {
            if best.count == count, let last = best.last, !(pair < last) { continue }
            let position = best.firstIndex { pair < $0 } ?? best.count
            best.insert(pair, at: position)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.1)
    }
}

import Foundation
import Testing
import LinearAlgebra
@testable import ActiveLearning

/// Parity with scikit-learn 1.5 on one sparse TF-IDF matrix of TREC questions (fixture made once
/// by benchmarks/reference/make_sklearn_tfidf_fixture.py): the engine fits the sparse rows as
/// scikit-learn does, and its dense path gives the same bits.
@Suite struct SklearnSparseParityTests {
    struct Fixture: Decodable {
        struct CSR: Decodable {
            let row_starts: [Int]
            let indices: [Int]
            let values: [Double]
        }
        let columns: Int
        let train: CSR, test: CSR
        let train_labels: [Int], test_labels: [Int]
        let logistic_regression: SklearnFixture.LogisticRegressionReference
        let gaussian_nb: SklearnFixture.NaiveBayesReference
        let knn5: SklearnFixture.NeighborsReference
        let knn5_tied_test_rows: [Int]

        static func load() throws -> Fixture {
            guard let url = Bundle.module.url(forResource: "sklearn-trec-tfidf", withExtension: "json", subdirectory: "Fixtures") else {
                throw SklearnFixture.FixtureMissing(name: "trec-tfidf")
            }
            return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        }

        func dataset(_ part: CSR, _ labels: [Int]) throws -> Dataset {
            let matrix = try SparseMatrix(rows: labels.count, columns: columns, rowStarts: part.row_starts,
                                          columnIndices: part.indices, values: part.values)
            return try Dataset(name: "trec tf-idf", features: matrix, labels: labels, classNames: Dataset.trecClasses)
        }
    }

    @Test func logisticRegressionMatchesScikitLearnOnSparseTFIDF() throws {
        let fixture = try Fixture.load()
        let train = try fixture.dataset(fixture.train, fixture.train_labels), test = try fixture.dataset(fixture.test, fixture.test_labels)
        let reference = fixture.logistic_regression
        let model = LogisticRegression(c: reference.C, tolerance: 1e-8, maxIterations: 20_000)
        let fitted = try model.fitted(train.storedFeatures, labels: train.labels, classCount: train.classCount)
        #expect(fitted.converged, "L-BFGS stopped after \(fitted.iterations) iterations")
        let expected = reference.coef.flatMap { $0 } + reference.intercept
        let actual = fitted.coefficients.values + fitted.intercepts
        let floor = expected.map(abs).max()! * 1e-2
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= 1e-3 * max(abs(e), floor), "coefficient \(a) vs scikit-learn \(e)")
        }
        #expect(try fitted.accuracy(on: test) == reference.test_accuracy)
        let probabilities = try fitted.predictProbabilities(test.storedFeatures)
        for (r, row) in reference.test_probabilities_first5.enumerated() {
            for (c, p) in row.enumerated() { #expect(abs(probabilities[r, c] - p) < 1e-5) }
        }
        let dense = try model.fitted(train.features, labels: train.labels, classCount: train.classCount)
        #expect(dense.coefficients.values.map(\.bitPattern) == fitted.coefficients.values.map(\.bitPattern))
    }

    @Test func naiveBayesAndNeighboursMatchScikitLearnOnSparseTFIDF() throws {
        let fixture = try Fixture.load()
        let train = try fixture.dataset(fixture.train, fixture.train_labels), test = try fixture.dataset(fixture.test, fixture.test_labels)
        let bayes = try Model.naiveBayes.fit(train)
        #expect(try bayes.accuracy(on: test) == fixture.gaussian_nb.test_accuracy)
        let probabilities = try bayes.predictProbabilities(test.storedFeatures)
        for (r, row) in fixture.gaussian_nb.test_probabilities_first5.enumerated() {
            for (c, p) in row.enumerated() { #expect(abs(probabilities[r, c] - p) < 1e-9) }
        }
        // Many TF-IDF rows tie (equal rows, rows without known words): where the 5th neighbour is
        // tied the vote depends on which of the equals is taken, so only the other rows are
        // compared (more than half of them).
        let neighbours = try Model.knn(k: 5).fit(train)
        let predictions = try neighbours.predict(test), tied = Set(fixture.knn5_tied_test_rows)
        #expect(tied.count * 2 < test.count)
        for row in 0..<test.count where !tied.contains(row) {
            #expect(predictions[row] == fixture.knn5.test_predictions[row], "test row \(row)")
        }
    }
}

import Testing
import LinearAlgebra
@testable import ActiveLearning

/// Parity with scikit-learn 1.5 on the same train/test rows (fixtures made once by
/// benchmarks/reference/make_sklearn_fixtures.py).
@Suite struct SklearnParityTests {
    static let cases = ["iris", "digits"]

    func parts(_ name: String) throws -> (SklearnFixture, Dataset, Dataset) {
        let fixture = try SklearnFixture.load(name)
        let data = name == "iris" ? try Dataset.iris() : try Dataset.digits()
        return (fixture, data.subset(fixture.train_indices), data.subset(fixture.test_indices))
    }

    @Test(arguments: cases) func logisticRegressionMatchesCoefficients(name: String) throws {
        let (fixture, train, test) = try parts(name)
        let reference = fixture.logistic_regression
        var trainX = train.features, testX = test.features
        if fixture.standardized_for_logistic_regression {
            let scaler = StandardScaler(fitting: trainX)
            trainX = try scaler.transform(trainX)
            testX = try scaler.transform(testX)
        }
        let model = LogisticRegression(c: reference.C, tolerance: 1e-8, maxIterations: 20_000)
        let fitted = try model.fitted(trainX, labels: train.labels, classCount: train.classCount)
        let converged = fitted.converged
        #expect(converged, "L-BFGS stopped after \(fitted.iterations) iterations")
        // Within 1e-3 relative: every coefficient differs from scikit-learn's by at most 1e-3 of
        // its own magnitude, with the largest coefficient magnitude as the floor for near-zeros.
        let expected = reference.coef.flatMap { $0 } + reference.intercept
        let actual = fitted.coefficients.values + fitted.intercepts
        let floor = expected.map(abs).max()! * 1e-2
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= 1e-3 * max(abs(e), floor), "coefficient \(a) vs scikit-learn \(e)")
        }
        let accuracy = Metrics.accuracy(truth: test.labels, predicted: try fitted.predict(testX))
        #expect(accuracy == reference.test_accuracy)
        let probabilities = try fitted.predictProbabilities(testX)
        for (r, row) in reference.test_probabilities_first5.enumerated() {
            for (c, p) in row.enumerated() { #expect(abs(probabilities[r, c] - p) < 1e-5) }
        }
    }

    @Test(arguments: cases) func naiveBayesMatchesProbabilities(name: String) throws {
        let (fixture, train, test) = try parts(name)
        let fitted = try Model.naiveBayes.fit(train)
        #expect(try fitted.accuracy(on: test) == fixture.gaussian_nb.test_accuracy)
        let probabilities = try fitted.predictProbabilities(test.features)
        for (r, row) in fixture.gaussian_nb.test_probabilities_first5.enumerated() {
            for (c, p) in row.enumerated() { #expect(abs(probabilities[r, c] - p) < 1e-9) }
        }
    }

    @Test(arguments: cases) func nearestNeighborsMatchesPredictions(name: String) throws {
        let (fixture, train, test) = try parts(name)
        let fitted = try Model.knn(k: 5).fit(train)
        #expect(try fitted.predict(test) == fixture.knn5.test_predictions)
        #expect(try fitted.accuracy(on: test) == fixture.knn5.test_accuracy)
    }

    @Test(arguments: cases) func pcaMatchesExplainedVariance(name: String) throws {
        let fixture = try SklearnFixture.load(name)
        let data = name == "iris" ? try Dataset.iris() : try Dataset.digits()
        let pca = try PCA(fitting: data.features, components: 2)
        for (a, e) in zip(pca.explainedVariance + pca.explainedVarianceRatio,
                          fixture.pca2.explained_variance + fixture.pca2.explained_variance_ratio) {
            #expect(abs(a - e) <= 1e-9 * abs(e))
        }
        let projected = try data.pca(components: 2)
        #expect(projected.rows == data.count && projected.columns == 2)
        for (a, e) in zip(projected.row(0), fixture.pca2.first_row_abs) { #expect(abs(abs(a) - e) < 1e-9) }
        #expect(throws: ModelError.self) { try PCA(fitting: data.features, components: data.featureCount + 1) }
    }
}

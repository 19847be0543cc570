import Foundation
import LinearAlgebra
@testable import ActiveLearning

/// The reference numbers written by benchmarks/reference/make_sklearn_fixtures.py.
struct SklearnFixture: Decodable {
    struct LogisticRegressionReference: Decodable {
        let C: Double
        let coef: [[Double]]
        let intercept: [Double]
        let test_accuracy: Double
        let test_probabilities_first5: [[Double]]
    }
    struct NaiveBayesReference: Decodable {
        let test_accuracy: Double
        let test_probabilities_first5: [[Double]]
    }
    struct NeighborsReference: Decodable {
        let test_accuracy: Double
        let test_predictions: [Int]
    }

    struct PCAReference: Decodable {
        let explained_variance: [Double]
        let explained_variance_ratio: [Double]
        let first_row_abs: [Double]
    }

    let standardized_for_logistic_regression: Bool
    let pca2: PCAReference
    let train_indices: [Int]
    let test_indices: [Int]
    let logistic_regression: LogisticRegressionReference
    let gaussian_nb: NaiveBayesReference
    let knn5: NeighborsReference

    static func load(_ name: String) throws -> SklearnFixture {
        guard let url = Bundle.module.url(forResource: "sklearn-\(name)", withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return try JSONDecoder().decode(SklearnFixture.self, from: Data(contentsOf: url))
    }

    struct FixtureMissing: Error { let name: String }
}

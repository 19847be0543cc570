import Testing
import LinearAlgebra
@testable import ActiveLearning

/// A classifier that remembers how many rows it was fitted on.
struct RowCounter: Classifier {
    struct Fitted: FittedClassifier {
        let rows: Int, classCount: Int, featureCount: Int
        func predictProbabilities(_ features: Matrix) throws -> Matrix {
            Matrix(rows: features.rows, columns: classCount, repeating: 1 / Double(classCount))
        }
    }
    var name: String { "row counter" }
    func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        Fitted(rows: features.rows, classCount: classCount, featureCount: features.columns)
    }
}

@Suite struct AugmentedModelTests {
    @Test func fitSeesOriginalsPlusCopiesAndPredictionIsUntouched() throws {
        let iris = try Dataset.iris()
        let model = Model(RowCounter()).augmented(GaussianJitter(copies: 2), SMOTE())
        let fitted = try #require(try model.fit(iris) as? RowCounter.Fitted)
        #expect(fitted.rows == 150 * 4)
        #expect(model.name.contains("augmented (Gaussian jitter"))
        let augmented = try #require(model.classifier as? Augmented)
        let once = try augmented.augmentedTrainingSet(iris.features, labels: iris.labels)
        #expect(try augmented.augmentedTrainingSet(iris.features, labels: iris.labels).features == once.features)
        #expect(once.features.rows(at: Array(0..<150)) == iris.features)
    }

    @Test func inAStudyOnlyTheLabeledSetIsAugmented() throws {
        let iris = try Dataset.iris().split(test: 0.3, seed: 7)
        let budget = Budget(initial: 6, batch: 3, rounds: 3)
        let plain = Study(data: iris, model: .logisticRegression(c: 1), budget: budget, seeds: [0])
        let augmented = Study(data: iris, model: Model.logisticRegression(c: 1).augmented(GaussianJitter(copies: 3)),
                              budget: budget, seeds: [0])
        let a = try plain.run(.random, seed: 0), b = try augmented.run(.random, seed: 0)
        // The same labels are bought (the pool is not enlarged), and the test set is the same.
        #expect(a.labeled == b.labeled && b.points.map(\.labels) == [6, 9, 12, 15])
        #expect(augmented.pool.count == plain.pool.count && augmented.test.count == plain.test.count)
        #expect(try augmented.run(.random, seed: 0).points == b.points)
    }
}

import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct ModelTests {
    let twoBlobs = try! Dataset(features: [[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [6, 5]],
                                labels: [0, 0, 0, 1, 1, 1], classNames: ["low", "high"])

    @Test(arguments: [Model.logisticRegression(c: 1), .naiveBayes, .knn(k: 3), .logisticRegression(c: 1).standardized()])
    func everyModelSeparatesTwoBlobs(model: Model) throws {
        let fitted = try model.fit(twoBlobs)
        #expect(try fitted.predict(try Matrix([[0.5, 0.5], [5.5, 5.5]])) == [0, 1])
        let probabilities = try fitted.predictProbabilities(twoBlobs.features)
        for r in 0..<probabilities.rows {
            #expect(abs(probabilities.row(r).reduce(0, +) - 1) < 1e-12)
        }
    }

    @Test func badTrainingInputThrows() throws {
        let model = Model.logisticRegression()
        let oneClass = try Dataset(features: [[0], [1]], labels: [1, 1], classNames: ["a", "b"])
        #expect(throws: ModelError.singleClass(label: 1)) { try model.fit(oneClass) }
        var x = try Matrix([[0], [1]])
        #expect(throws: ModelError.labelCountMismatch(rows: 2, labels: 1)) {
            try model.classifier.fit(x, labels: [0], classCount: 2)
        }
        x[1, 0] = .nan
        #expect(throws: ModelError.nonFiniteFeature(row: 1, column: 0)) {
            try model.classifier.fit(x, labels: [0, 1], classCount: 2)
        }
        #expect(throws: ModelError.self) { try Model.logisticRegression(c: 0).fit(twoBlobs) }
        // Finite but huge features overflow the objective: a clear error, not a model that
        // predicts 1/classes for everything.
        let huge = try Dataset(features: twoBlobs.features.rowArrays.map { $0.map { $0 * 1e300 } },
                               labels: twoBlobs.labels, classNames: ["low", "high"])
        #expect {
            try Model.logisticRegression(c: 1).fit(huge)
        } throws: { error in
            (error as? ModelError).map { "\($0)".contains("standardized") } ?? false
        }
        #expect(throws: ModelError.self) { try Model.knn(k: 0).fit(twoBlobs) }
        let fitted = try model.fit(twoBlobs)
        #expect(throws: ModelError.featureCountMismatch(expected: 2, found: 3)) {
            try fitted.predictProbabilities(try Matrix([[1, 2, 3]]))
        }
    }

    @Test func naiveBayesGivesUnseenClassesZeroProbability() throws {
        let fitted = try NaiveBayes().fit(twoBlobs.features, labels: twoBlobs.labels, classCount: 3)
        let probabilities = try fitted.predictProbabilities(twoBlobs.features)
        #expect(probabilities.column(2).allSatisfy { $0 == 0 })
    }

    @Test func knnVotesAreFractionsOfNeighbours() throws {
        let fitted = try Model.knn(k: 4).fit(twoBlobs)
        let probabilities = try fitted.predictProbabilities(try Matrix([[0, 0]]))
        #expect(probabilities.rowArrays == [[0.75, 0.25]])
    }

    @Test func standardScalerMatchesDefinition() throws {
        let x = try Matrix([[1, 7], [3, 7], [5, 7]])
        let scaler = StandardScaler(fitting: x)
        #expect(scaler.means == [3, 7])
        #expect(scaler.scales == [(8.0 / 3.0).squareRoot(), 1])
        let z = try scaler.transform(x)
        #expect(abs(z[0, 0] + 1.224744871391589) < 1e-12 && z[1, 1] == 0)
    }

    @Test func metricsMatchHandCounts() {
        #expect(Metrics.accuracy(truth: [0, 1, 1, 2], predicted: [0, 1, 2, 2]) == 0.75)
        // class 0: F1 1; class 1: TP 1, FN 1 → 2/3; class 2: TP 1, FP 1 → 2/3.
        #expect(abs(Metrics.macroF1(truth: [0, 1, 1, 2], predicted: [0, 1, 2, 2]) - (1 + 4.0 / 3) / 3) < 1e-15)
    }

    @Test func macroF1DependsOnlyOnTheOrderOfTheLabels() {
        let truth = [0, 1, 1, 2, 3, 3, 0], predicted = [0, 1, 2, 2, 3, 0, 1]
        let expected = Metrics.macroF1(truth: truth, predicted: predicted)
        let namings: [[Int]] = [[-7, 3, 40, 41], [5, 6, 1 << 20, Int.max], [Int.min, -1, 0, Int.max]]
        for names in namings {
            let renamedTruth: [Int] = truth.map { names[$0] }, renamedPredicted: [Int] = predicted.map { names[$0] }
            #expect(Metrics.macroF1(truth: renamedTruth, predicted: renamedPredicted) == expected, "\(names)")
        }
        // A class that occurs only in `predicted` counts (F1 0), as in scikit-learn.
        let onlyPredicted = Metrics.macroF1(truth: [0, 0], predicted: [0, 9])
        #expect(onlyPredicted == 2.0 / 3 / 2)
        #expect(Metrics.macroF1(truth: [], predicted: []) == 0)
    }
}

@Suite struct WarmStartTests {
    @Test func warmStartReachesTheColdOptimum() throws {
        let iris = try Dataset.iris()
        let x = try StandardScaler(fitting: iris.features).transform(iris.features)
        let model = LogisticRegression(c: 1, tolerance: 1e-9, maxIterations: 5000)
        let firstHalf = Array(stride(from: 0, to: 150, by: 2))
        let partial = try model.fitted(x.rows(at: firstHalf), labels: firstHalf.map { iris.labels[$0] }, classCount: 3)
        let cold = try model.fitted(x, labels: iris.labels, classCount: 3)
        let warm = try model.fitted(x, labels: iris.labels, classCount: 3, warmStart: partial)
        #expect(warm.converged && cold.converged)
        for (a, b) in zip(warm.coefficients.values + warm.intercepts, cold.coefficients.values + cold.intercepts) {
            #expect(abs(a - b) < 1e-6)
        }
        #expect(warm.iterations < cold.iterations)
    }
}

@Suite struct StandardizedTests {
    @Test func foldedPredictionsEqualStandardisedOnes() throws {
        let iris = try Dataset.iris()
        let fitted = try #require(try Model.logisticRegression(c: 1).standardized().fit(iris) as? FittedStandardized)
        let viaFold = try fitted.predictProbabilities(iris.features)
        let viaScaler = try fitted.base.predictProbabilities(fitted.scaler.transform(iris.features))
        for (a, b) in zip(viaFold.values, viaScaler.values) { #expect(abs(a - b) < 1e-12) }
    }
}

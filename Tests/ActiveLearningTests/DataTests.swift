import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct DataTests {
    @Test func bundledIrisAndDigitsLoad() throws {
        let iris = try Dataset.iris()
        #expect(iris.count == 150 && iris.featureCount == 4)
        #expect(iris.classNames == ["setosa", "versicolor", "virginica"])
        #expect(iris.classCounts == [50, 50, 50])
        #expect(Array(iris.features.row(0)) == [5.1, 3.5, 1.4, 0.2])
        let digits = try Dataset.digits()
        #expect(digits.count == 1797 && digits.featureCount == 64 && digits.classCount == 10)
        guard case let .image(width, height, pixels)? = digits.items?.first else {
            Issue.record("digits has no images"); return
        }
        #expect(width == 8 && height == 8 && pixels == Array(digits.features.row(0)))
    }

    @Test func trecLoadsTextsWithoutFeatures() throws {
        let parts = try TrainTest.trec()
        #expect(parts.train.count == 5452 && parts.test.count == 500)
        #expect(parts.train.featureCount == 0 && parts.train.classNames == Dataset.trecClasses)
        #expect(parts.train.texts.first == "How did serfdom develop in and then leave Russia ?")
        #expect(parts.train.labels.first == 1)
        let embedded = try parts.test.withFeatures((0..<500).map { [Float($0), 1] })
        #expect(embedded.featureCount == 2 && embedded.features[3, 0] == 3)
        #expect(throws: DataError.self) { try parts.test.withFeatures([[1.0, 2.0]]) }
        #expect(throws: DataError.self) { try parts.test.withFeatures((0..<500).map { _ in [Double.nan] }) }
    }

    @Test func csvReadsHeaderAndNamedLabelColumn() throws {
        let text = "a,species,b\n1,dog,2\n3,cat,4\n\n5,dog,6\n"
        let data = try Dataset.csv(text: text, labelColumn: "species")
        #expect(data.classNames == ["cat", "dog"])
        #expect(data.labels == [1, 0, 1])
        #expect(data.features.rowArrays == [[1, 2], [3, 4], [5, 6]])
        let byIndex = try Dataset.csv(text: text, labelColumn: 1)
        #expect(byIndex.labels == data.labels)
        let quoted = try Dataset.csv(text: "x,\"label, quoted\"\n1,\"a \"\"b\"\"\"\n", labelColumn: "label, quoted")
        #expect(quoted.classNames == ["a \"b\""])
    }

    @Test func csvErrorsNameFileLineAndColumn() {
        #expect(throws: DataError.emptyFile(file: "e.csv")) { try Dataset.csv(text: "\n\n", file: "e.csv") }
        #expect(throws: DataError.raggedRow(file: "r.csv", line: 3, expected: 3, found: 2)) {
            try Dataset.csv(text: "a,b,y\n1,2,x\n3,4\n", file: "r.csv")
        }
        #expect(throws: DataError.nonNumeric(file: "n.csv", line: 2, column: 3, header: "b", value: "abc")) {
            try Dataset.csv(text: "a,y,b\n1,x,abc\n", file: "n.csv", labelColumn: "y")
        }
        #expect(throws: DataError.nonNumeric(file: "n.csv", line: 2, column: 1, header: "a", value: "inf")) {
            try Dataset.csv(text: "a,y\ninf,x\n", file: "n.csv")
        }
        #expect(throws: DataError.unknownLabelColumn(file: "u.csv", column: "\"kind\"", available: ["a", "y"])) {
            try Dataset.csv(text: "a,y\n1,x\n", file: "u.csv", labelColumn: "kind")
        }
        let message = DataError.nonNumeric(file: "n.csv", line: 2, column: 3, header: "b", value: "abc").description
        #expect(message.hasPrefix("n.csv:2:3:"))
    }

    @Test func datasetChecksItsInput() throws {
        #expect(throws: DataError.self) { try Dataset(features: [[1, 2], [3]], labels: [0, 1], classNames: ["a", "b"]) }
        #expect(throws: DataError.self) { try Dataset(features: [[1], [2]], labels: [0], classNames: ["a"]) }
        #expect(throws: DataError.self) { try Dataset(features: [[1], [2]], labels: [0, 2], classNames: ["a", "b"]) }
        #expect(throws: DataError.nonFiniteFeature(dataset: "data", row: 1, column: 0, value: .infinity)) {
            try Dataset(features: [[1], [.infinity]], labels: [0, 1], classNames: ["a", "b"])
        }
    }

    @Test func stratifiedSplitKeepsProportionsAndIsSeeded() throws {
        let iris = try Dataset.iris()
        let a = try iris.split(test: 0.3, seed: 7)
        #expect(a.train.count == 105 && a.test.count == 45)
        #expect(a.test.classCounts == [15, 15, 15])
        let b = try iris.split(test: 0.3, seed: 7)
        #expect(a.test.features == b.test.features && a.test.labels == b.test.labels)
        let c = try iris.split(test: 0.3, seed: 8)
        #expect(a.test.features != c.test.features)
        #expect(throws: DataError.invalidTestFraction(1)) { try iris.split(test: 1, seed: 0) }
        let tiny = try Dataset(features: [[1], [2], [3]], labels: [0, 0, 1], classNames: ["a", "b"])
        #expect(throws: DataError.classTooSmallToSplit(dataset: "data", className: "b", count: 1)) {
            try tiny.split(test: 0.5, seed: 0)
        }
    }

    @Test func generatorIsDeterministicAndUniformEnough() {
        var g1 = SeededGenerator(seed: 42)
        var g2 = SeededGenerator(seed: 42)
        let draws1 = (0..<100).map { _ in g1.nextInt(below: 10) }
        #expect(draws1 == (0..<100).map { _ in g2.nextInt(below: 10) })
        var counts = [Int](repeating: 0, count: 10)
        var g = SeededGenerator(seed: 1)
        for _ in 0..<10_000 { counts[g.nextInt(below: 10)] += 1 }
        #expect(counts.allSatisfy { $0 > 900 && $0 < 1100 })
        let sample = g.sample(Array(0..<20), count: 5)
        #expect(Set(sample).count == 5 && sample.allSatisfy { (0..<20).contains($0) })
        var s1 = SeededGenerator(seed: 3, stream: 1), s2 = SeededGenerator(seed: 3, stream: 2)
        #expect(s1.next() != s2.next())
    }
}

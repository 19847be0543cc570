import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct TabularAugmentationTests {
    let iris = try! Dataset.iris()

    @Test func jitterKeepsLabelsAndScalesWithEachFeature() throws {
        var g = SeededGenerator(seed: 1)
        let out = try GaussianJitter(scale: 0.1, copies: 4).augment(iris.features, labels: iris.labels, using: &g)
        #expect(out.features.rows == 600 && out.labels == Array(repeating: iris.labels, count: 4).flatMap { $0 })
        let sd = iris.features.columnVariances().map { $0.squareRoot() }
        for j in 0..<4 {
            let noise = (0..<600).map { out.features[$0, j] - iris.features[$0 % 150, j] }
            let noiseSD = (noise.reduce(0) { $0 + $1 * $1 } / 600).squareRoot()
            #expect(abs(noiseSD / (0.1 * sd[j]) - 1) < 0.15)
        }
    }

    @Test func mixupStaysOnSegmentsAndSameClassKeepsClasses() throws {
        var g = SeededGenerator(seed: 2)
        let out = try Mixup(alpha: 0.4, sameClass: true).augment(iris.features, labels: iris.labels, using: &g)
        #expect(out.labels == iris.labels)
        // Same-class mixes stay inside each class's bounding box.
        for r in 0..<150 {
            let members = iris.labels.indices.filter { iris.labels[$0] == iris.labels[r] }
            for j in 0..<4 {
                let values = members.map { iris.features[$0, j] }
                #expect(out.features[r, j] >= values.min()! - 1e-12 && out.features[r, j] <= values.max()! + 1e-12)
            }
        }
        #expect(throws: AugmentationError.self) { try Mixup(alpha: 0).augment(iris.features, labels: iris.labels, using: &g) }
    }

    @Test func smoteInterpolatesBetweenSameClassNeighbours() throws {
        var g = SeededGenerator(seed: 3)
        let x = try Matrix([[0, 0], [1, 0], [10, 10], [11, 10], [50, 50]])
        let out = try SMOTE(neighbors: 1).augment(x, labels: [0, 0, 1, 1, 2], using: &g)
        #expect(out.labels == [0, 0, 1, 1, 2])
        for r in 0..<2 { #expect(out.features[r, 1] == 0 && (0...1).contains(out.features[r, 0])) }
        for r in 2..<4 { #expect(out.features[r, 1] == 10 && (10...11).contains(out.features[r, 0])) }
        #expect(Array(out.features.row(4)) == [50, 50])   // a lone class is copied
        #expect(try SMOTE(neighbors: 1).augment(x, labels: [0, 0, 1, 1, 2], using: &g).features != out.features)
    }

    @Test func embeddingNoiseStaysOnTheSphere() throws {
        var g = SeededGenerator(seed: 4)
        let rows = blob([0.2, -0.1, 0.5, 0.3], count: 20, spread: 0.3, seed: 1).map { r in
            let n = r.reduce(0) { $0 + $1 * $1 }.squareRoot(); return r.map { $0 / n } }
        let x = try Matrix(rows)
        let out = try EmbeddingNoise(sigma: 0.1).augment(x, labels: Array(repeating: 0, count: 20), using: &g)
        for r in 0..<20 {
            #expect(abs(out.features.row(r).reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
            #expect(out.features.row(r) != x.row(r))
        }
    }
}

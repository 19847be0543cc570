import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct ImageAugmentationTests {
    /// An 8x8 image with a single bright pixel at (x, y).
    func dot(_ x: Int, _ y: Int) throws -> Matrix {
        var pixels = [Double](repeating: 0, count: 64)
        pixels[y * 8 + x] = 16
        return try Matrix(rows: 1, columns: 64, values: pixels)
    }

    func brightest(_ m: Matrix) -> (Int, Int) {
        let i = m.values.indices.max { m.values[$0] < m.values[$1] }!
        return (i % 8, i / 8)
    }

    @Test func shiftMovesPixelsByAtMostTheLimit() throws {
        var g = SeededGenerator(seed: 0)
        var moved = Set<[Int]>()
        for _ in 0..<50 {
            let out = try ImageShift(maxPixels: 1).augment(try dot(4, 4), labels: [3], using: &g)
            let (x, y) = brightest(out.features)
            #expect(abs(x - 4) <= 1 && abs(y - 4) <= 1 && out.labels == [3])
            #expect(out.features.values.reduce(0, +) == 16)
            moved.insert([x, y])
        }
        #expect(moved.count == 9)
    }

    @Test func rotationTurnsAboutTheCentre() throws {
        var g = SeededGenerator(seed: 0)
        let still = try ImageRotation(maxDegrees: 0).augment(try dot(1, 3), labels: [0], using: &g)
        #expect(still.features == (try dot(1, 3)))
        let turned = try ImageRotation(maxDegrees: 20, copies: 5).augment(try dot(7, 3), labels: [0], using: &g)
        #expect(turned.features.rows == 5 && turned.labels == [0, 0, 0, 0, 0])
        for r in 0..<5 {
            // The pixel stays at the same distance from the centre (3.5, 3.5), up to interpolation.
            let row = Array(turned.features.row(r)), total = row.reduce(0, +)
            let cx = row.enumerated().reduce(0) { $0 + Double($1.offset % 8) * $1.element } / total
            let cy = row.enumerated().reduce(0) { $0 + Double($1.offset / 8) * $1.element } / total
            #expect(abs(((cx - 3.5) * (cx - 3.5) + (cy - 3.5) * (cy - 3.5)).squareRoot() - 3.5) < 0.5)
        }
    }

    @Test func flipMirrorsAndIsItsOwnInverse() throws {
        var g = SeededGenerator(seed: 0)
        let once = try HorizontalFlip().augment(try dot(1, 2), labels: [5], using: &g)
        #expect(once.features == (try dot(6, 2)))
        #expect(try HorizontalFlip().augment(once.features, labels: [5], using: &g).features == (try dot(1, 2)))
        #expect(throws: AugmentationError.self) { try HorizontalFlip().augment(Matrix(rows: 1, columns: 10), labels: [0], using: &g) }
    }

    /// The counter-example: a model that knows digits misreads mirrored asymmetric digits
    /// (2, 3, 5, 7, 9) far more often than mirror-symmetric ones (0, 1, 8).
    @Test func flippedAsymmetricDigitsAreMisclassifiedMoreOften() throws {
        let digits = try Dataset.digits().split(test: 0.3, seed: 1)
        let fitted = try Model.logisticRegression(c: 1).standardized().fit(digits.train)
        var g = SeededGenerator(seed: 0)
        func flippedAccuracy(_ classes: Set<Int>) throws -> Double {
            let rows = digits.test.labels.indices.filter { classes.contains(digits.test.labels[$0]) }
            let test = digits.test.subset(rows)
            let flipped = try HorizontalFlip().augment(test.features, labels: test.labels, using: &g)
            return Metrics.accuracy(truth: flipped.labels, predicted: try fitted.predict(flipped.features))
        }
        let symmetric = try flippedAccuracy([0, 1, 8]), asymmetric = try flippedAccuracy([2, 3, 5, 7, 9])
        #expect(symmetric > asymmetric + 0.3)
        #expect(try fitted.accuracy(on: digits.test) > 0.9)
    }

    @Test func shiftsAndRotationsHelpWithFewLabels() throws {
        let digits = try Dataset.digits().split(test: 0.3, seed: 1)
        var accuracies: [(plain: Double, augmented: Double)] = []
        for seed in 0..<3 {
            var g = SeededGenerator(seed: seed)
            let few = digits.train.subset(g.sample(Array(0..<digits.train.count), count: 60))
            // 1-nearest neighbour: the augmented copies fill in the neighbourhoods of the 60 examples.
            let plain = try Model.knn(k: 1).fit(few).accuracy(on: digits.test)
            let augmented = try Model.knn(k: 1)
                .augmented(ImageShift(copies: 2), ImageRotation(maxDegrees: 10, copies: 2), seed: seed).fit(few).accuracy(on: digits.test)
            accuracies.append((plain, augmented))
        }
        #expect(accuracies.map(\.augmented).reduce(0, +) > accuracies.map(\.plain).reduce(0, +))
    }
}

import Testing
import LinearAlgebra
@testable import ActiveLearning

/// Sparse features give the dense path's results, bit for bit: data sets, models, strategies
/// and whole studies, on digits (about half of its pixels are 0) and on TF-IDF-like rows.
@Suite struct SparseFeaturesTests {
    /// Digits as dense and as sparse data sets (the same numbers).
    static func digits() throws -> (dense: Dataset, sparse: Dataset) {
        let dense = try Dataset.digits()
        return (dense, try dense.withFeatures(SparseMatrix(dense.features)))
    }

    /// Text-like rows: `count` rows of `width` columns, each with 2 to 9 non-zero entries (a
    /// class's "words" more often), scaled to unit length, three classes.
    static func textLike(count: Int = 300, width: Int = 120) throws -> (dense: Dataset, sparse: Dataset) {
        var generator = SeededGenerator(seed: 5)
        var rows: [(indices: [Int], values: [Double])] = [], labels: [Int] = []
        for i in 0..<count {
            let label = i % 3
            var columns = Set<Int>()
            for _ in 0..<(2 + generator.nextInt(below: 8)) {
                columns.insert(generator.nextInt(below: 2) == 0 ? label * 10 + generator.nextInt(below: 10) : generator.nextInt(below: width))
            }
            let indices = columns.sorted()
            let raw = indices.map { _ in 0.5 + generator.nextUnit() }
            let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
            rows.append((indices, raw.map { $0 / norm }))
            labels.append(label)
        }
        let sparse = try SparseMatrix(columns: width, rows: rows)
        let dense = try Dataset(name: "text-like", features: sparse.densified(), labels: labels, classNames: ["a", "b", "c"])
        return (dense, try dense.withFeatures(sparse))
    }

    func bits(_ m: Matrix) -> [UInt64] { m.values.map(\.bitPattern) }

    @Test func datasetsKeepSparsityThroughSubsetAndSplit() throws {
        let (dense, sparse) = try Self.textLike()
        #expect(sparse.storedFeatures.isSparse && !dense.storedFeatures.isSparse)
        #expect(sparse.features == dense.features)
        let parts = try sparse.split(test: 0.3, seed: 2), denseParts = try dense.split(test: 0.3, seed: 2)
        #expect(parts.train.storedFeatures.isSparse && parts.test.storedFeatures.isSparse)
        #expect(parts.train.features == denseParts.train.features && parts.test.labels == denseParts.test.labels)
        #expect(sparse.subset([4, 1, 4]).storedFeatures == .sparse(SparseMatrix(dense.subset([4, 1, 4]).features)))
        #expect(throws: DataError.self) { try sparse.withFeatures(SparseMatrix(columns: 3, rows: [([0], [1])])) }
    }

    @Test func logisticRegressionFitsTheSameBits() throws {
        for (dense, sparse) in [try Self.digits(), try Self.textLike()] {
            let rows = Array(stride(from: 0, to: dense.count, by: 2))
            let model = LogisticRegression(c: 10)
            let a = try model.fitted(dense.subset(rows).storedFeatures, labels: dense.subset(rows).labels, classCount: dense.classCount)
            let b = try model.fitted(sparse.subset(rows).storedFeatures, labels: sparse.subset(rows).labels, classCount: dense.classCount)
            #expect(bits(a.coefficients) == bits(b.coefficients) && a.intercepts == b.intercepts && a.iterations == b.iterations)
            #expect(bits(try a.predictProbabilities(dense.storedFeatures)) == bits(try b.predictProbabilities(sparse.storedFeatures)))
            let more = rows + [1, 2, 4]
            let warmDense = try model.fitted(dense.subset(more).storedFeatures, labels: dense.subset(more).labels,
                                             classCount: dense.classCount, warmStart: a)
            let warmSparse = try model.fitted(sparse.subset(more).storedFeatures, labels: sparse.subset(more).labels,
                                              classCount: dense.classCount, warmStart: b)
            #expect(bits(warmDense.coefficients) == bits(warmSparse.coefficients))
        }
    }

    @Test func naiveBayesAndNearestNeighboursPredictTheSameBits() throws {
        let (dense, sparse) = try Self.textLike()
        let train = Array(0..<200), test = Array(200..<300)
        for model in [Model.naiveBayes, .knn(k: 5), .knn(k: 1)] {
            let a = try model.fit(dense.subset(train)), b = try model.fit(sparse.subset(train))
            let pa = try a.predictProbabilities(dense.subset(test).storedFeatures)
            #expect(bits(pa) == bits(try b.predictProbabilities(sparse.subset(test).storedFeatures)), "\(model)")
            #expect(bits(pa) == bits(try b.predictProbabilities(dense.subset(test).features)), "\(model), dense queries")
            #expect(bits(pa) == bits(try a.predictProbabilities(sparse.subset(test).storedFeatures)), "\(model), sparse queries")
        }
    }

    @Test func standardisingSparseFeaturesIsRefused() throws {
        let (dense, sparse) = try Self.textLike()
        #expect(throws: ModelError.self) { try Model.logisticRegression().standardized().fit(sparse) }
        do { _ = try Model.logisticRegression().standardized().fit(sparse) } catch {
            #expect("\(error)".contains("centres every feature"))
        }
        _ = try Model.logisticRegression().standardized().fit(dense)
    }

    /// Whole studies, every strategy that reads features or probabilities: the same queries and
    /// the same accuracies, round after round.
    @Test func studiesRunTheSameOnSparseFeatures() throws {
        let strategies: [Strategy] = [.random, .margin, .entropy, .coreSet, .badge, .informationDensity(),
                                      .typiClust(neighbors: 5, maxClusters: 40), .queryByCommittee(members: 3)]
        for (dense, sparse) in [try Self.textLike()] {
            let budget = Budget(initial: 6, batch: 5, rounds: 4)
            let a = try Study(data: dense.split(test: 0.3, seed: 1), model: .logisticRegression(c: 10), budget: budget, seeds: 0..<2)
            let b = try Study(data: sparse.split(test: 0.3, seed: 1), model: .logisticRegression(c: 10), budget: budget, seeds: 0..<2)
            let runsA = try a.runs(strategies), runsB = try b.runs(strategies)
            for (s, (x, y)) in zip(strategies, zip(runsA, runsB)) {
                #expect(x.map(\.queried) == y.map(\.queried), "\(s.name)")
                #expect(x.map(\.accuracies) == y.map(\.accuracies), "\(s.name)")
            }
            let knnA = Study(data: a.data, model: .knn(k: 3), budget: budget, seeds: 0..<2)
            let knnB = Study(data: b.data, model: .knn(k: 3), budget: budget, seeds: 0..<2)
            #expect(try knnA.runs([.margin])[0].map(\.queried) == knnB.runs([.margin])[0].map(\.queried))
        }
    }

    @Test func typicalColdStartAndDensityMatch() throws {
        let (dense, sparse) = try Self.textLike(count: 120)
        let x = dense.storedFeatures, s = sparse.storedFeatures
        #expect(try TypiClust().coldStart(6, features: x, seed: 3) == TypiClust().coldStart(6, features: s, seed: 3))
        #expect(try Typicality.scores(x, neighbors: 4) == Typicality.scores(s, neighbors: 4))
        let candidates = Array(0..<120).filter { $0 % 2 == 1 }
        #expect(try InformationDensity.density(x, candidates: candidates) == InformationDensity.density(s, candidates: candidates))
    }
}

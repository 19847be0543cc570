import LinearAlgebra
import NotebookRuntime

extension Study {
    /// Runs one strategy with one seed: initial set, then `budget.rounds` rounds of
    /// fit → evaluate on the test set → query `budget.batch` labels, then a final fit and
    /// evaluation.
    public func run(_ strategy: Strategy, seed: Int) throws -> Run {
        try validate()
        let split = try split(seed: seed)
        if perSeedSplit != nil { try validate(split) }
        let pool = split.train, test = split.test
        var oracle = Oracle(labels: pool.labels)
        let initial = try initialSet(seed: seed, pool: pool)
        var labeled = initial
        var labels = initial.map { oracle.label($0) }
        var isLabeled = [Bool](repeating: false, count: pool.count)
        for index in initial { isLabeled[index] = true }
        var generator = SeededGenerator(seed: seed, stream: 1)
        var queried: [[Int]] = []
        var points: [Run.Point] = []
        var previous: (any FittedClassifier)?
        for round in 0...budget.rounds {
            let fitted = try model.classifier.fit(pool.storedFeatures.rows(at: labeled), labels: labels, classCount: pool.classCount,
                                                  warmStart: warmStart ? previous : nil)
            previous = fitted
            let predicted = try fitted.predict(test.storedFeatures)
            points.append(Run.Point(labels: labeled.count,
                                    accuracy: Metrics.accuracy(truth: test.labels, predicted: predicted),
                                    macroF1: Metrics.macroF1(truth: test.labels, predicted: predicted)))
            if round == budget.rounds { break }
            let wanted = budget.labels(afterRound: round + 1) - labeled.count
            let unlabeled = (0..<pool.count).filter { !isLabeled[$0] }
            let probabilities = strategy.base.usesProbabilities
                ? try fitted.predictProbabilities(pool.storedFeatures.rows(at: unlabeled))
                : Matrix(rows: 0, columns: pool.classCount)
            let context = QueryContext(model: model, fitted: fitted, pool: pool.storedFeatures,
                                       labeled: labeled, labels: labels, unlabeled: unlabeled,
                                       probabilities: probabilities, round: round + 1)
            let picks = try strategy.base.select(wanted, from: context, using: &generator)
            try check(picks, wanted: wanted, isLabeled: isLabeled, strategy: strategy)
            for index in picks {
                isLabeled[index] = true
                labeled.append(index)
                labels.append(oracle.label(index))
            }
            queried.append(picks)
        }
        return Run(strategy: strategy, seed: seed, initial: initial, queried: queried, points: points)
    }

    /// The initial labeled set of a seed (indices into `split(seed:).train`); the same for every
    /// strategy (generator stream 0).
    public func initialSet(seed: Int) throws(StudyError) -> [Int] {
        try initialSet(seed: seed, pool: split(seed: seed).train)
    }

    private func initialSet(seed: Int, pool: Dataset) throws(StudyError) -> [Int] {
        var generator = SeededGenerator(seed: seed, stream: 0)
        switch budget.initialSelection {
        case .random:
            let chosen = generator.sample(Array(0..<pool.count), count: budget.initial)
            let classes = Set(chosen.map { pool.labels[$0] })
            if classes.count < 2, let only = classes.first {
                throw .initialSetSingleClass(seed: seed, className: pool.classNames[only])
            }
            return chosen
        case .typical:
            do { return try TypiClust().coldStart(budget.initial, features: pool.storedFeatures, seed: seed) }
            catch { throw .invalidBudget(reason: "the typicality cold start failed: \(error)") }
        case .stratified:
            var byClass = [[Int]](repeating: [], count: pool.classCount)
            for (index, label) in pool.labels.enumerated() { byClass[label].append(index) }
            var classOrder = byClass.indices.filter { !byClass[$0].isEmpty }
            generator.shuffle(&classOrder)
            var chosen = classOrder.prefix(budget.initial).map { byClass[$0][generator.nextInt(below: byClass[$0].count)] }
            let taken = Set(chosen)
            let rest = (0..<pool.count).filter { !taken.contains($0) }
            chosen += generator.sample(rest, count: budget.initial - chosen.count)
            return chosen
        }
    }

    /// Throws unless `picks` are `wanted` distinct, unlabeled pool indices.
    private func check(_ picks: [Int], wanted: Int, isLabeled: [Bool], strategy: Strategy) throws(StudyError) {
        guard picks.count == wanted, Set(picks).count == picks.count else {
            throw .strategyReturnedInvalid(strategy: strategy.name, reason: "\(picks.count) picks (\(Set(picks).count) distinct), expected \(wanted)")
        }
        if let bad = picks.first(where: { !isLabeled.indices.contains($0) || isLabeled[$0] }) {
            throw .strategyReturnedInvalid(strategy: strategy.name, reason: "index \(bad) is not an unlabeled pool example")
        }
    }

    /// Test accuracy of the model fitted on the whole pool with all its labels — the ceiling
    /// active learning is measured against. For a study that splits per seed, the mean over its
    /// seeds' splits.
    public func fullDataAccuracy() throws -> Double {
        try validate()
        return try ResultMemo.value("full-data accuracy\n" + fingerprint([])) { try computeFullDataAccuracy() }
    }

    private func computeFullDataAccuracy() throws -> Double {
        guard perSeedSplit != nil else { return try model.fit(pool).accuracy(on: test) }
        let accuracies = try seeds.map { seed in
            let split = try split(seed: seed)
            return try model.fit(split.train).accuracy(on: split.test)
        }
        return Summary(accuracies).mean
    }
}

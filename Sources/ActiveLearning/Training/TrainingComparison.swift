import LinearAlgebra
import NotebookRuntime

/// Difficulty-aware training against a constant learning rate: an `MLP` (on standardised
/// features) is trained with every weighting scheme, at every label-noise level (that fraction
/// of the *training* labels flipped; the test labels stay clean), once per seed (the seed sets
/// both the flipped labels and the network's initialisation and minibatches). Shows as a table
/// of test accuracy, mean ± standard deviation over seeds, with each scheme's paired difference
/// from the constant scheme.
///
/// ```swift
/// let digits = try Dataset.digits().split(test: 0.3, seed: 1)
/// let table = try TrainingComparison.run(digits, noise: [0, 0.2], seeds: 0..<5)
/// table.accuracy(.focal(gamma: 2), noise: 0.2)   // Summary: mean, standardDeviation
/// ```
public struct TrainingComparison: Sendable {
    /// One scheme at one noise level.
    public struct Entry: Sendable {
        public let scheme: DifficultyWeighting
        public let noise: Double
        /// Test accuracy per seed, in seed order.
        public let accuracies: [Double]
        /// Mean and standard deviation over seeds.
        public var accuracy: Summary { Summary(accuracies) }
    }

    public let schemes: [DifficultyWeighting]
    public let noiseLevels: [Double]
    public let seeds: [Int]
    public let entries: [Entry]
    /// The set-up, for captions.
    public let setting: String

    /// Trains every scheme × noise level × seed (in parallel; results do not depend on it).
    public static func run(_ data: TrainTest, model: MLP = MLP(), schemes: [DifficultyWeighting] = DifficultyWeighting.standard,
                           noise: [Double] = [0, 0.2], seeds: some Sequence<Int> = 0..<5) throws -> TrainingComparison {
        let seeds = Array(seeds)
        guard !schemes.isEmpty, !noise.isEmpty, !seeds.isEmpty else {
            throw TrainingError.nothingToCompare(reason: "give at least one scheme, one noise level and one seed")
        }
        if let bad = noise.first(where: { !($0 >= 0 && $0 <= 1) }) { throw TrainingError.invalidNoise(bad) }
        for scheme in schemes { try scheme.validate() }
        try model.validate()
        let fingerprint = ([String(reflecting: model), "\(data.train.name) → \(data.test.name)", "noise \(noise)", "seeds \(seeds)"]
            + schemes.map { String(reflecting: $0) }).joined(separator: "\n")
        let results = try ResultMemo.value(fingerprint) { try accuracies(data, model: model, schemes: schemes, noise: noise, seeds: seeds) }
        var entries: [Entry] = []
        for (s, scheme) in schemes.enumerated() {
            for (l, level) in noise.enumerated() {
                let start = (s * noise.count + l) * seeds.count
                entries.append(Entry(scheme: scheme, noise: level, accuracies: Array(results[start..<(start + seeds.count)])))
            }
        }
        let setting = "\(data.train.name) → \(data.test.name); \(model.name) on standardised features, \(model.epochs) epochs; "
            + "\(seeds.count) seed\(seeds.count == 1 ? "" : "s"); noise = fraction of training labels flipped"
        return TrainingComparison(schemes: schemes, noiseLevels: noise, seeds: seeds, entries: entries, setting: setting)
    }

    /// Test accuracy of every scheme × noise level × seed, seeds fastest.
    private static func accuracies(_ data: TrainTest, model: MLP, schemes: [DifficultyWeighting], noise: [Double], seeds: [Int]) throws -> [Double] {
        let jobs = schemes.count * noise.count * seeds.count
        return try Parallel.map(jobs, workers: Parallel.processorCount) { job in
            let seed = seeds[job % seeds.count], level = noise[(job / seeds.count) % noise.count]
            let scheme = schemes[job / (seeds.count * noise.count)]
            return Result {
                var network = model
                network.weighting = scheme
                network.seed = seed
                let train = try data.train.withFlippedLabels(fraction: level, seed: seed)
                return try Model(network).standardized().fit(train).accuracy(on: data.test)
            }
        }.map { try $0.get() }
    }

    /// The entry of `scheme` at `noise`.
    public func entry(_ scheme: DifficultyWeighting, noise: Double) -> Entry? {
        entries.first { $0.scheme == scheme && $0.noise == noise }
    }

    /// Test accuracy of `scheme` at `noise`, over seeds.
    public func accuracy(_ scheme: DifficultyWeighting, noise: Double) -> Summary? { entry(scheme, noise: noise)?.accuracy }

    /// `scheme`'s accuracy minus the constant scheme's, paired by seed, with its 95% interval
    /// and verdict; nil without a constant row.
    public func differenceFromConstant(_ scheme: DifficultyWeighting, noise: Double) -> PairedDifference? {
        guard let base = entry(.constant, noise: noise), let other = entry(scheme, noise: noise) else { return nil }
        return PairedDifference(zip(other.accuracies, base.accuracies).map { $0 - $1 })
    }
}

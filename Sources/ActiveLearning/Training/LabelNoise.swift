extension Dataset {
    /// The same data set with `round(fraction · count)` labels flipped, the examples chosen
    /// uniformly with `seed` and each given a uniformly random *different* class — symmetric
    /// label noise, for testing how training copes with annotation errors.
    public func withFlippedLabels(fraction: Double, seed: Int) throws -> Dataset {
        guard fraction >= 0, fraction <= 1 else { throw TrainingError.invalidNoise(fraction) }
        guard classCount >= 2 else { throw TrainingError.tooFewClasses(classCount) }
        var generator = SeededGenerator(seed: seed, stream: 5)
        let flipped = generator.sample(Array(0..<count), count: Int((fraction * Double(count)).rounded()))
        var noisy = labels
        for i in flipped {
            let shift = 1 + generator.nextInt(below: classCount - 1)
            noisy[i] = (labels[i] + shift) % classCount
        }
        return try Dataset(name: name, features: features, labels: noisy, classNames: classNames, items: items)
    }
}

extension Dataset {
    /// A stratified random split: each class is shuffled (with a `SeededGenerator` seeded by
    /// `seed`) and `round(test * classCount)` of its examples — at least one, and never all —
    /// go to the test part. Both parts keep the original row order.
    ///
    /// Throws when `test` is not in (0, 1) or a class has fewer than 2 examples.
    public func split(test fraction: Double, seed: Int) throws(DataError) -> TrainTest {
        guard fraction > 0, fraction < 1 else { throw .invalidTestFraction(fraction) }
        var generator = SeededGenerator(seed: seed)
        var byClass = [[Int]](repeating: [], count: classCount)
        for (index, label) in labels.enumerated() { byClass[label].append(index) }
        var isTest = [Bool](repeating: false, count: count)
        for (label, members) in byClass.enumerated() where !members.isEmpty {
            guard members.count >= 2 else {
                throw .classTooSmallToSplit(dataset: name, className: classNames[label], count: members.count)
            }
            var shuffled = members
            generator.shuffle(&shuffled)
            let testCount = min(max(Int((fraction * Double(members.count)).rounded()), 1), members.count - 1)
            for index in shuffled.prefix(testCount) { isTest[index] = true }
        }
        let trainRows = (0..<count).filter { !isTest[$0] }
        let testRows = (0..<count).filter { isTest[$0] }
        var trainPart = subset(trainRows)
        var testPart = subset(testRows)
        trainPart.name = name + " (train)"
        testPart.name = name + " (test)"
        return try TrainTest(train: trainPart, test: testPart)
    }
}

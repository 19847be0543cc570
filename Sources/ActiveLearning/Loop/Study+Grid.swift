import NotebookRuntime

extension Study {
    /// Runs every variant (the study's model replaced by the variant's) with every strategy and
    /// seed, and compares each variant with `baseline` (default: the first variant) strategy by
    /// strategy: for variant `v` and strategy `s`, `d = AULC(v, s) − AULC(baseline, s)` for each seed, paired
    /// by seed, with its 95% t interval. Runs are spread over the cores; results do not depend on it.
    ///
    /// ```swift
    /// let grid = try study.compare(variants: [none, shift, rotation], strategies: [.random, .margin])
    /// try grid.cell(rotation, .margin).verdict   // .better, .worse or .noClearDifference
    /// ```
    public func compare(variants: [Variant], strategies: [Strategy], baseline: Variant? = nil) throws -> Grid {
        guard !variants.isEmpty else { throw StudyError.noVariants }
        guard !strategies.isEmpty else { throw StudyError.noStrategies }
        var seen = Set<String>()
        for variant in variants where !seen.insert(variant.name).inserted { throw StudyError.duplicateVariant(name: variant.name) }
        let baseline = baseline ?? variants[0]
        guard variants.contains(baseline) else { throw StudyError.notInGrid(variant: baseline.name, strategy: "(baseline)") }
        try validate()
        let studies = variants.map { variant in
            var study = self
            study.model = variant.model
            return study
        }
        let perVariant = strategies.count * seeds.count
        let records = try ResultMemo.value(fingerprint(strategies, variants: variants)) {
            try Parallel.map(variants.count * perVariant, workers: runsInParallel ? Parallel.processorCount : 1) { job in
                let seed = seeds[job % seeds.count], strategy = strategies[(job / seeds.count) % strategies.count]
                return Result { try studies[job / perVariant].run(strategy, seed: seed).record }
            }.map { try $0.get() }
        }
        let runs = records.indices.map { job in Run(strategy: strategies[(job / seeds.count) % strategies.count], record: records[job]) }
        let results = variants.indices.map { v in
            strategies.indices.map { s in
                let start = v * perVariant + s * seeds.count
                return StrategyResult(strategy: strategies[s], runs: Array(runs[start..<(start + seeds.count)]))
            }
        }
        return Grid(variants: variants, strategies: strategies, baseline: baseline, results: results, setting: setting)
    }
}

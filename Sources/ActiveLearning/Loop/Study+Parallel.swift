import NotebookRuntime

extension Study {
    /// Runs every strategy with every seed; `result[s][k]` is strategy `s` with `seeds[k]`.
    /// With `runsInParallel` the runs are spread over the cores; each run has its own generators,
    /// so the results are identical either way. The first error (in strategy, then seed order)
    /// is thrown.
    public func runs(_ strategies: [Strategy]) throws -> [[Run]] {
        try validate()
        let records = try ResultMemo.value(fingerprint(strategies)) {
            try computeRuns(strategies).map { $0.map(\.record) }
        }
        return zip(strategies, records).map { strategy, runs in runs.map { Run(strategy: strategy, record: $0) } }
    }

    /// What identifies a call of `runs` (or a grid) within its cell, for ``ResultMemo``: the
    /// setting, the solver's warm start and every strategy's type and settings.
    func fingerprint(_ strategies: [Strategy], variants: [Variant] = []) -> String {
        ([setting, "warm start \(warmStart)", "seeds \(seeds)"] + strategies.map { String(reflecting: $0.base) }
            + variants.map { "\($0.name): \(String(reflecting: $0.model.classifier))" }).joined(separator: "\n")
    }

    private func computeRuns(_ strategies: [Strategy]) throws -> [[Run]] {
        let jobs = strategies.count * seeds.count
        let results = Parallel.map(jobs, workers: runsInParallel ? Parallel.processorCount : 1) { job in
            Result { try self.run(strategies[job / self.seeds.count], seed: self.seeds[job % self.seeds.count]) }
        }
        return try strategies.indices.map { s in
            try (0..<seeds.count).map { k in try results[s * seeds.count + k].get() }
        }
    }
}

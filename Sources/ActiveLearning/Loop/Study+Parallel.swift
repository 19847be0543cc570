import NotebookRuntime

extension Study {
    /// Runs every strategy with every seed; `result[s][k]` is strategy `s` with `seeds[k]`.
    /// With `runsInParallel` the runs are spread over the cores; each run has its own generators,
    /// so the results are identical either way. The first error (in strategy, then seed order)
    /// is thrown.
    public func runs(_ strategies: [Strategy]) throws -> [[Run]] {
        try validate()
        let jobs = strategies.count * seeds.count
        let results = Parallel.map(jobs, workers: runsInParallel ? Parallel.processorCount : 1) { job in
            Result { try self.run(strategies[job / self.seeds.count], seed: self.seeds[job % self.seeds.count]) }
        }
        return try strategies.indices.map { s in
            try (0..<seeds.count).map { k in try results[s * seeds.count + k].get() }
        }
    }
}

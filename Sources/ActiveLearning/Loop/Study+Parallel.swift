import Dispatch
import Synchronization

extension Study {
    /// Runs every strategy with every seed; `result[s][k]` is strategy `s` with `seeds[k]`.
    /// With `runsInParallel` the runs are spread over the cores; each run has its own generators,
    /// so the results are identical either way. The first error (in strategy, then seed order)
    /// is thrown.
    public func runs(_ strategies: [Strategy]) throws -> [[Run]] {
        try validate()
        let jobs = strategies.count * seeds.count
        let slots = Mutex<[Result<Run, any Error>?]>(Array(repeating: nil, count: jobs))
        let work: @Sendable (Int) -> Void = { job in
            let result = Result { try self.run(strategies[job / self.seeds.count], seed: self.seeds[job % self.seeds.count]) }
            slots.withLock { $0[job] = result }
        }
        if runsInParallel && jobs > 1 {
            DispatchQueue.concurrentPerform(iterations: jobs, execute: work)
        } else {
            for job in 0..<jobs { work(job) }
        }
        let results = slots.withLock { $0 }
        var out: [[Run]] = []
        for s in strategies.indices {
            out.append(try (0..<seeds.count).map { k in try results[s * seeds.count + k]!.get() })
        }
        return out
    }
}

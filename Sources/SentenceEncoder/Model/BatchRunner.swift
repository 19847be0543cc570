import Dispatch
import Synchronization

/// Runs the batches of a ``BatchPlan`` on several worker threads.
///
/// Each worker owns a workspace and takes the next unclaimed batch until none is left; BLAS runs
/// single-threaded inside each worker, so the element-wise steps and attention run in parallel
/// too. A sequence's embedding depends only on its batch, never on which worker ran it, so the
/// result is deterministic.
enum BatchRunner {
    static func embed(_ sequences: [[Int]], plan: BatchPlan, model: BertEncoder, workers: Int) -> [[Float]] {
        let batches = plan.batches
        let workerCount = max(1, min(workers, batches.count))
        let next = Mutex(0)
        let results = Mutex([[Float]](repeating: [], count: sequences.count))
        let work = {
            DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
                let workspace = EncoderWorkspace(configuration: model.configuration)
                while true {
                    let b = next.withLock { n in defer { n += 1 }; return n }
                    guard b < batches.count else { break }
                    let vectors = model.embed(batches[b].map { sequences[$0] }, workspace: workspace)
                    results.withLock { r in for (i, v) in zip(batches[b], vectors) { r[i] = v } }
                }
            }
        }
        if workerCount > 1 { BLAS.singleThreaded(work) } else { work() }
        return results.withLock { $0 }
    }
}

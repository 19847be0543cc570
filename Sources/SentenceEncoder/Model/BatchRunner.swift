import Dispatch
import Synchronization

/// Runs the batches of a ``BatchPlan`` on several worker threads.
///
/// Each worker owns a workspace and takes the next unclaimed batch until none is left; every
/// kernel runs on the worker's own thread, so the products, the element-wise steps and attention
/// all run in parallel. A sequence's embedding depends only on its batch, never on which worker ran it, so the
/// result is deterministic.
enum BatchRunner {
    static func embed(_ sequences: [[Int]], plan: BatchPlan, model: BertEncoder, workers: Int) -> [[Float]] {
        let batches = plan.batches
        let workerCount = max(1, min(workers, batches.count))
        let next = Mutex(0)
        let results = Mutex([[Float]](repeating: [], count: sequences.count))
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            let workspace = EncoderWorkspace(configuration: model.configuration)
            while true {
                let b = next.withLock { n in defer { n += 1 }; return n }
                guard b < batches.count else { break }
                let vectors = model.embed(batches[b].map { sequences[$0] }, workspace: workspace)
                results.withLock { r in for (i, v) in zip(batches[b], vectors) { r[i] = v } }
            }
        }
        return results.withLock { $0 }
    }
}

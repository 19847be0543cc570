import NotebookRuntime

/// Runs the batches of a ``BatchPlan`` on several worker threads.
///
/// Each worker owns a workspace and takes the next unclaimed batch until none is left
/// (``Parallel/map(_:workers:state:_:)``); every kernel runs on the worker's own thread, so the
/// products, the element-wise steps and attention all run in parallel. A sequence's embedding
/// depends only on its batch, never on which worker ran it, so the result is deterministic.
enum BatchRunner {
    static func embed(_ sequences: [[Int]], plan: BatchPlan, model: BertEncoder, workers: Int) -> [[Float]] {
        let batches = plan.batches
        let vectors = Parallel.map(batches.count, workers: workers, state: { EncoderWorkspace(configuration: model.configuration) }) { workspace, b in
            model.embed(batches[b].map { sequences[$0] }, workspace: workspace)
        }
        var results = [[Float]](repeating: [], count: sequences.count)
        for (batch, batchVectors) in zip(batches, vectors) {
            for (i, v) in zip(batch, batchVectors) { results[i] = v }
        }
        return results
    }
}

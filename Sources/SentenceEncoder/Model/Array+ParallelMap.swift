import NotebookRuntime

extension Array where Element: Sendable {
    /// `map(transform)` computed on `threads` threads in contiguous chunks of at least 64
    /// elements (``Parallel``); same order as `map`.
    func parallelMap<T: Sendable>(threads: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let chunkCount = Swift.max(1, Swift.min(threads, count / 64))
        guard chunkCount > 1 else { return map(transform) }
        let chunkSize = (count + chunkCount - 1) / chunkCount
        return Parallel.map(chunkCount, workers: chunkCount) { c in
            self[(c * chunkSize)..<Swift.min(count, (c + 1) * chunkSize)].map(transform)
        }.flatMap { $0 }
    }
}

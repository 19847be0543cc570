import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map(transform)` computed on `threads` threads in contiguous chunks; same order as `map`.
    func parallelMap<T: Sendable>(threads: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let chunkCount = Swift.max(1, Swift.min(threads, count / 64))
        guard chunkCount > 1 else { return map(transform) }
        let chunkSize = (count + chunkCount - 1) / chunkCount
        let parts = Mutex([[T]](repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
            let part = self[(c * chunkSize)..<Swift.min(count, (c + 1) * chunkSize)].map(transform)
            parts.withLock { $0[c] = part }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }
}

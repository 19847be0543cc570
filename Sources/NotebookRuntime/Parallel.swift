#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// The project's one parallel loop: a study's runs, a training comparison's jobs, the
/// encoder's tokenising and batches, and the runner's lessons.
///
/// Work items are numbered; each of `workers` threads takes the next unclaimed number until
/// none is left, and every result is stored under its number. Results are therefore assembled
/// by index, never by completion order, so they are the same bits whatever the scheduling.
public enum Parallel {
    /// The processors online, the usual number of workers.
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `(0..<count).map(body)`, computed on up to `workers` threads (1: on the calling thread,
    /// in order).
    ///
    /// - Parameter waiting: items spend their time waiting (on a child process, say) rather
    ///   than computing, so exactly `workers` threads of their own run them, even beyond the
    ///   processor count; otherwise Dispatch caps the threads at the processors.
    public static func map<T: Sendable>(_ count: Int, workers: Int, waiting: Bool = false, _ body: @Sendable (Int) -> T) -> [T] {
        map(count, workers: workers, waiting: waiting, state: {}) { _, index in body(index) }
    }

    /// `(0..<count).map(body)` where each worker thread first makes its own `state` (a
    /// workspace, say) and passes it to every item it computes.
    public static func map<State, T: Sendable>(_ count: Int, workers: Int, waiting: Bool = false, state makeState: @Sendable () -> State,
                                              _ body: @Sendable (inout State, Int) -> T) -> [T] {
        let next = Mutex(0)
        let results = Mutex([T?](repeating: nil, count: count))
        @Sendable func work() {
            var state = makeState()
            while true {
                let index = next.withLock { claimed in defer { claimed += 1 }; return claimed }
                guard index < count else { return }
                let value = body(&state, index)
                results.withLock { $0[index] = value }
            }
        }
        let threads = max(1, min(workers, count))
        if waiting { runOnOwnThreads(threads, work) } else { run(threads: threads, work) }
        return results.withLock { $0.map { $0! } }
    }

    /// Runs `work` on `threads` threads and waits for all (Dispatch's `concurrentPerform`,
    /// which never runs more at once than there are processors, and copes with nesting).
    private static func run(threads: Int, _ work: @Sendable () -> Void) {
        guard threads > 1 else { return work() }
        DispatchQueue.concurrentPerform(iterations: threads) { _ in work() }
    }

    /// Runs `work` on `threads` threads of its own (the calling thread is one) and waits until
    /// they have ended (`pthread_join`): a thread that only said it was done may still hold
    /// `work`, and the runtime traps when a closure outlives `withoutActuallyEscaping`.
    private static func runOnOwnThreads(_ threads: Int, _ work: @Sendable () -> Void) {
        withoutActuallyEscaping(work) { work in
            var job = Job(work: work)
            withUnsafeMutablePointer(to: &job) { pointer in
                var started: [pthread_t] = []
                for _ in 1..<threads {
                    var thread = pthread_t()
                    let made = pthread_create(&thread, nil, { raw in
                        raw!.assumingMemoryBound(to: Job.self).pointee.work()
                        return nil
                    }, pointer)
                    if made == 0 { started.append(thread) }
                }
                pointer.pointee.work()  // takes every item the missing threads would have
                for thread in started { pthread_join(thread, nil) }
            }
        }
    }

    /// What the threads of `runOnOwnThreads` run.
    private struct Job {
        let work: @Sendable () -> Void
    }
}

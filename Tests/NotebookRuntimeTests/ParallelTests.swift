import Foundation
import NotebookRuntime
import Synchronization
import Testing

@Suite struct ParallelTests {
    @Test(arguments: [1, 2, 7])
    func resultsAreStoredByIndex(workers: Int) {
        #expect(Parallel.map(100, workers: workers) { $0 * $0 } == (0..<100).map { $0 * $0 })
        #expect(Parallel.map(0, workers: workers) { $0 }.isEmpty)
    }

    @Test func eachWorkerHasItsOwnState() {
        // Every item appends to its worker's state; a shared state would see other items.
        let counts = Parallel.map(50, workers: 4, state: { [Int]() }) { seen, index in
            seen.append(index)
            return seen.allSatisfy { $0 <= index }
        }
        #expect(counts.allSatisfy { $0 })
    }

    /// Waiting items (lessons waiting on their child) get all their workers at once, more than
    /// there are processors: each item here waits until all of them have started.
    @Test func waitingItemsRunOnAsManyThreadsAsAsked() {
        let workers = Parallel.processorCount + 3
        let arrived = Arrivals()
        let sawAll = Parallel.map(workers, workers: workers, waiting: true) { _ in arrived.arriveAndWait(for: workers, seconds: 20) }
        #expect(sawAll.allSatisfy { $0 })
        #expect(Parallel.map(workers, workers: workers, waiting: true) { $0 } == Array(0..<workers))
    }

    /// Each call returns only after its threads have ended: with threads that merely signalled
    /// they were done, one still held the work closure now and then, and the runtime trapped
    /// (`closure argument was escaped in withoutActuallyEscaping block`), ending `notebook check`.
    @Test func manyShortWaitingMapsEndTheirThreads() {
        for round in 0..<300 {
            #expect(Parallel.map(3, workers: 3, waiting: true) { $0 + round } == [round, round + 1, round + 2])
        }
    }
}

/// A count of arrivals that each arrival can wait on, up to a deadline.
private final class Arrivals: Sendable {
    private let count = Mutex(0)

    func arriveAndWait(for total: Int, seconds: Double) -> Bool {
        count.withLock { $0 += 1 }
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if count.withLock({ $0 }) >= total { return true }
            usleep(10_000)
        }
        return false
    }
}

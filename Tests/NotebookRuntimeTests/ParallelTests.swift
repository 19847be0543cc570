import Testing
import NotebookRuntime

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
}

// The engine side of benchmarks/engine-vs-modal: runs the protocol, times it, and writes the
// protocol (pool, test set, initial sets) and its own results as JSON for the modAL side.
// Usage: ours OUTPUT_DIR   (BENCH_REPEATS=n times each measurement, default 3, keeps the best)
import ActiveLearning
import Foundation
import LinearAlgebra

struct Protocol: Codable {
    var dataset: String
    var initial: Int
    var batch: Int
    var rounds: Int
    var seeds: [Int]
    var poolFeatures: [[Double]]
    var poolLabels: [Int]
    var testFeatures: [[Double]]
    var testLabels: [Int]
    var initialSets: [[Int]]
}

struct Outcome: Codable {
    var dataset: String
    var strategy: String
    var finalAccuracy: Double
    var aulc: Double
    var curve: [Double]
}

struct Timing: Codable {
    var dataset: String
    /// CPU seconds, one core (best of the repeats).
    var serialSeconds: Double
    /// Wall seconds, one core (best of the repeats).
    var serialWallSeconds: Double
    /// Wall seconds, runs spread over the cores (best of the repeats).
    var parallelSeconds: Double
}

let output = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "."
let repeats = max(Int(ProcessInfo.processInfo.environment["BENCH_REPEATS"] ?? "") ?? 3, 1)
let strategies: [Strategy] = [.random, .leastConfidence, .margin, .entropy]
let settings: [(String, () throws -> Dataset, Budget)] = [
    ("iris", Dataset.iris, Budget(initial: 6, batch: 3, rounds: 15)),
    ("digits", Dataset.digits, Budget(initial: 20, batch: 10, rounds: 20)),
]

/// Wall-clock seconds of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU seconds this process spends in `body` (all threads): on a shared machine this is
/// steadier than wall time for single-threaded work.
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

var protocols: [Protocol] = []
var outcomes: [Outcome] = []
var timings: [Timing] = []
for (name, load, budget) in settings {
    let data = try load().split(test: 0.3, seed: 7)
    var study = Study(data: data, model: .logisticRegression(c: 1).standardized(), budget: budget, seeds: 0..<10)
    // Best of `repeats` timings on each side (the machine is shared; the minimum is the
    // least disturbed measurement). Every repeat computes identical results.
    study.runsInParallel = false
    var serial: [[Run]] = []
    var serialWall = Double.infinity
    let serialTime = try (0..<repeats).map { _ in
        try cpuSeconds { serialWall = min(serialWall, try seconds { serial = try study.runs(strategies) }) }
    }.min()!
    study.runsInParallel = true
    var parallel: [[Run]] = []
    let parallelTime = try (0..<repeats).map { _ in try seconds { parallel = try study.runs(strategies) } }.min()!
    precondition(zip(serial.joined(), parallel.joined()).allSatisfy { $0.points == $1.points }, "parallel differs from serial")
    timings.append(Timing(dataset: name, serialSeconds: serialTime, serialWallSeconds: serialWall,
                          parallelSeconds: parallelTime))
    for (strategy, runs) in zip(strategies, serial) {
        let result = StrategyResult(strategy: strategy, runs: runs)
        outcomes.append(Outcome(dataset: name, strategy: strategy.name,
                                finalAccuracy: result.curve.accuracyMean.last ?? 0,
                                aulc: result.curve.aulc, curve: result.curve.accuracyMean))
    }
    protocols.append(Protocol(dataset: name, initial: budget.initial, batch: budget.batch, rounds: budget.rounds,
                              seeds: study.seeds,
                              poolFeatures: data.train.features.rowArrays, poolLabels: data.train.labels,
                              testFeatures: data.test.features.rowArrays, testLabels: data.test.labels,
                              initialSets: try study.seeds.map { try study.initialSet(seed: $0) }))
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
try encoder.encode(protocols).write(to: URL(fileURLWithPath: output + "/protocol.json"))
try encoder.encode(outcomes).write(to: URL(fileURLWithPath: output + "/ours.json"))
try encoder.encode(timings).write(to: URL(fileURLWithPath: output + "/ours-timing.json"))

// Encodes TREC's questions with the native MiniLM encoder (embedding cache disabled) and
// reports throughput: the best of BENCH_REPEATS runs (default 5), since the machine is shared,
// with the median beside it.
// Usage: encoder-bench <file.label>...   (lines "COARSE:fine question text")
// Environment: BATCH_TOKENS (default 1024), THREADS (default: active processors),
// NOTEBOOK_ENGINE_KERNELS (auto, portable or avx2; every path gives the same embeddings).
import Foundation
import SentenceEncoder

let files = CommandLine.arguments.dropFirst()
var texts: [String] = []
for path in files {
    guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
        print("error: cannot read \(path)"); exit(1)
    }
    for line in contents.split(separator: "\n") where !line.isEmpty {
        // Drop the label prefix: everything up to and including the first space.
        if let space = line.firstIndex(of: " ") { texts.append(String(line[line.index(after: space)...])) }
    }
}

let environment = ProcessInfo.processInfo.environment
let repeats = max(1, environment["BENCH_REPEATS"].flatMap(Int.init) ?? 5)
let encoder: SentenceEncoder
do {
    encoder = try SentenceEncoder(files: MiniLMFiles.locate(), cache: nil,
                                  batchTokenBudget: environment["BATCH_TOKENS"].flatMap(Int.init) ?? 1024,
                                  threads: environment["THREADS"].flatMap(Int.init))  // kernels from NOTEBOOK_ENGINE_KERNELS
} catch { print("error: \(error)"); exit(1) }

/// User + system CPU seconds of this process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func format(_ x: Double) -> String { String(format: "%.2f", x) }

let tokens = texts.reduce(0) { $0 + encoder.tokenizer.encode($1).count }
print("sentences: \(texts.count), tokens: \(tokens) (mean \(String(format: "%.1f", Double(tokens) / Double(texts.count))))")
print("threads: \(encoder.threads), batch tokens: \(encoder.batchTokenBudget), kernels: \(encoder.kernels.rawValue), repeats: \(repeats)")

var times: [Double] = []
var vectors: [[Float]] = []
for run in 1...repeats {
    let cpuStart = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    vectors = encoder.encode(texts)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("run \(run): \(format(seconds)) s wall, \(format(cpuSeconds() - cpuStart)) s CPU")
    times.append(seconds)
}
let best = times.min()!, median = times.sorted()[times.count / 2]

let norms = vectors.map { v in v.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot() }
print("dimension: \(vectors.first?.count ?? 0), all norms within 1e-5 of 1: \(norms.allSatisfy { abs($0 - 1) < 1e-5 })")
print("best: \(format(best)) s, median: \(format(median)) s (\(Int((Double(texts.count) / median).rounded())) sentences/s)")
print("sentences/s: \(Int((Double(texts.count) / best).rounded()))")

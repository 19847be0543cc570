// Encodes TREC's questions with the native MiniLM encoder (cache disabled) and reports
// throughput. Usage: encoder-bench <file.label>...   (lines "COARSE:fine question text")
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

let encoder: SentenceEncoder
let environment = ProcessInfo.processInfo.environment
do {
    encoder = try SentenceEncoder(files: MiniLMFiles.locate(), cache: nil,
                                  batchTokenBudget: environment["BATCH_TOKENS"].flatMap(Int.init) ?? 1024,
                                  threads: environment["THREADS"].flatMap(Int.init))
} catch { print("error: \(error)"); exit(1) }

let tokenizeStart = DispatchTime.now().uptimeNanoseconds
let tokens = texts.reduce(0) { $0 + encoder.tokenizer.encode($1).count }
let tokenizeSeconds = Double(DispatchTime.now().uptimeNanoseconds - tokenizeStart) / 1e9
/// User + system CPU seconds of this process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

let cpuStart = cpuSeconds()
let start = DispatchTime.now().uptimeNanoseconds
let vectors = encoder.encode(texts)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let cpu = cpuSeconds() - cpuStart

let norms = vectors.map { v in v.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot() }
print("sentences: \(texts.count), tokens: \(tokens) (mean \(String(format: "%.1f", Double(tokens) / Double(texts.count))))")
print("dimension: \(vectors.first?.count ?? 0), norms within 1e-5 of 1: \(norms.allSatisfy { abs($0 - 1) < 1e-5 })")
print("tokenizing alone: \(String(format: "%.2f", tokenizeSeconds)) s")
print("threads: \(encoder.threads), batch tokens: \(encoder.batchTokenBudget)")
print("seconds: \(String(format: "%.2f", seconds)) wall, \(String(format: "%.2f", cpu)) CPU")
print("sentences/s: \(Int((Double(texts.count) / seconds).rounded()))")

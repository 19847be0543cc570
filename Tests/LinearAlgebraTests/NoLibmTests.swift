import Foundation
import Testing

/// glibc's libm picks its code by CPU, so the engine and the lessons must call `Math` instead:
/// this scans their Swift code (comments aside) for a bare call to a libm function.
@Suite struct NoLibmTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let functions = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "pow", "sin", "cos", "tan",
                            "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "erf", "erfc", "lgamma",
                            "tgamma", "cbrt", "hypot"]
    static var call: Regex<AnyRegexOutput> { try! Regex("(^|[^A-Za-z0-9_.])(" + functions.joined(separator: "|") + ")\\(") }

    /// Lines of Swift code (`//` comments removed) in the engine's sources and the lessons' cells.
    static func codeLines() throws -> [(place: String, line: String)] {
        var lines: [(String, String)] = []
        for folder in ["ActiveLearning", "LinearAlgebra", "Charts", "SentenceEncoder", "NotebookRuntime"] {
            let base = root.appendingPathComponent("Sources/\(folder)")
            for case let file as URL in FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)!
            where file.pathExtension == "swift" && !file.path.contains("/LinearAlgebra/Math/") {
                let text = try String(contentsOf: file, encoding: .utf8)
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    lines.append(("\(file.lastPathComponent):\(n + 1)", String(line)))
                }
            }
        }
        let lessons = root.appendingPathComponent("Notebooks")
        for name in try FileManager.default.contentsOfDirectory(atPath: lessons.path) where name.hasSuffix(".md") {
            var inCell = false
            let text = try String(contentsOf: lessons.appendingPathComponent(name), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.hasPrefix("```") { inCell = line.hasPrefix("```swift"); continue }
                if inCell { lines.append(("\(name):\(n + 1)", String(line))) }
            }
        }
        return lines.map { ($0.0, String($0.1.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false)[0])) }
    }

    @Test func noCodeCallsLibm() throws {
        let call = Self.call
        let offenders = try Self.codeLines().filter { $0.line.contains(call) }
        #expect(offenders.isEmpty, "use Math.* instead: \(offenders.map { "\($0.place): \($0.line)" })")
        #expect(try Self.codeLines().count > 1000)  // the scan found the code
    }
}

import Foundation
import NotebookRuntime

/// Describes how a lesson program (or an expected-error cell's child) failed, from its wait
/// status and what the Swift runtime printed on stderr: the `Fatal error` line for the message,
/// and the runtime's backtrace (lessons compile with `-g`, so frames in cells carry `.md` lines)
/// for where it happened.
struct RuntimeFailure {
    var message: String
    /// Where in the lesson it failed: the innermost frame in the lesson, else the line the
    /// runtime named (fatalError and precondition do).
    var location: (line: Int, column: Int)?
    /// Outer frames in the lesson (the calls that led there), innermost first.
    var callers: [(line: Int, column: Int)] = []

    /// The environment that makes the Swift runtime print a short, non-interactive backtrace.
    static let backtraceEnvironment = "enable=yes,interactive=no,color=no,sanitize=no,threads=crashed,registers=none,images=none,limit=32,demangle=yes"

    /// - Parameters:
    ///   - termination: how the process ended.
    ///   - stderr: the cell's stderr, where the Swift runtime writes `Fatal error: ...`.
    ///   - lessonPath: to recognise the lesson in messages and frames.
    init(_ termination: ChildProcess.Termination, stderr: String, lessonPath: String) {
        let (thrownAt, report) = Self.throwSite(in: stderr)
        let crashed = Self.lessonFrames(in: report, lessonPath: lessonPath)
        let fatal = stderr.split(separator: "\n").last { $0.contains("Fatal error") }
        let uncaught = fatal?.contains("Error raised at top level") == true
        // An uncaught error is located where it was thrown (the crash is in compiler-generated code).
        let thrown = uncaught ? Self.lessonFrames(in: thrownAt, lessonPath: lessonPath) : []
        let frames = Self.withoutRepeats(thrown.isEmpty ? crashed : thrown)
        location = frames.first
        callers = Array(frames.dropFirst().prefix(3))
        if let fatal, let range = fatal.range(of: "Fatal error: ") ?? fatal.range(of: "Fatal error") {
            var text = String(fatal[range.upperBound...])
            if let raised = text.range(of: "Error raised at top level: ") {
                let thrown = text[raised.upperBound...]
                text = "uncaught error: " + Self.readable(Self.unqualified(thrown))
            } else {
                text = "runtime error: " + (text.isEmpty ? "fatal error" : text)
            }
            message = text
            // `#file` in Swift 5 mode gives `Module/name.md`: match the file name.
            let head = fatal[..<range.lowerBound]
            let name = lessonPath.split(separator: "/").last.map { "/" + $0 + ":" } ?? ""
            if location == nil, let found = head.range(of: name), let line = Int(head[found.upperBound...].prefix { $0.isNumber }) {
                location = (line, 1)
            }
            return
        }
        // Traps the compiler inserts (overflow, a bad cast, …) have no `Fatal error` line, but
        // the backtracer names them: `*** Swift runtime failure: arithmetic overflow ***`.
        if case .signaled = termination, let reason = Self.trapReason(in: stderr) {
            message = "runtime error: \(reason)"
            return
        }
        switch termination {
        case .exited(let code): message = "the program exited with status \(code) before the end of the lesson"
        case .signaled(let signal) where signal == SIGSEGV && Self.overflowedStack(report):
            message = "the program crashed (SIGSEGV: stack overflow; endless recursion?)"
        case .signaled(let signal): message = "the program crashed (\(Self.name(of: signal)))"
        case .timedOut(let seconds): message = "timed out after \(FixedDecimal.string(seconds, decimals: seconds == seconds.rounded() ? 0 : 1)) s (set 'timeout:' in the front matter to allow longer)"
        }
    }

    /// Frames of the backtrace that point into the lesson: `... in lesson at Notebooks/x.md:42:15`.
    /// The backtracer prints paths relative to the working folder, so either side may be the
    /// longer form of the other.
    static func lessonFrames(in stderr: String, lessonPath: String) -> [(line: Int, column: Int)] {
        stderr.split(separator: "\n").compactMap { line in
            guard let at = line.range(of: " at ", options: .backwards) else { return nil }
            let parts = line[at.upperBound...].split(separator: ":")
            guard parts.count >= 3, let number = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) else { return nil }
            let path = parts.dropLast(2).joined(separator: ":")
            guard path == lessonPath || lessonPath.hasSuffix("/" + path) || path.hasSuffix("/" + lessonPath) else { return nil }
            return (number, column)
        }
    }

    /// The runtime's report of where an uncaught error was thrown (between
    /// `ProgramRuntime.thrownHeader` and `thrownFooter`), and the rest of `stderr`.
    static func throwSite(in stderr: String) -> (thrown: String, rest: String) {
        guard let start = stderr.range(of: ProgramRuntime.thrownHeader + "\n"),
              let end = stderr[start.upperBound...].range(of: ProgramRuntime.thrownFooter + "\n") else { return ("", stderr) }
        return (String(stderr[start.upperBound..<end.lowerBound]), String(stderr[..<start.lowerBound] + stderr[end.upperBound...]))
    }

    /// `frames` with runs of one frame (a recursion) kept once.
    static func withoutRepeats(_ frames: [(line: Int, column: Int)]) -> [(line: Int, column: Int)] {
        frames.enumerated().filter { $0.offset == 0 || frames[$0.offset - 1] != $0.element }.map(\.element)
    }

    /// Whether the backtrace is of a stack that overflowed: the backtracer numbers frames, and
    /// ten thousand nested calls fill a thread's stack only in a runaway recursion.
    static func overflowedStack(_ report: String) -> Bool {
        report.split(separator: "\n").contains { line in
            let number = line.drop { $0 == " " }.prefix { $0.isNumber }
            return (Int(number) ?? 0) >= 10_000 && line.contains(" [ra] ")
        }
    }

    /// A thrown value's name without where its type lives: types declared in cells live in the
    /// module `Lesson` (say `Oops`, not `Lesson.Oops`), and local ones (an expected-error cell's)
    /// in contexts the runtime names by address (`(unknown context at $55be48d76d70).`), which
    /// differs every run.
    static func unqualified(_ thrown: Substring) -> Substring {
        var rest = thrown.hasPrefix("Lesson.") ? thrown.dropFirst(7) : thrown
        while rest.hasPrefix("(unknown context at $"), let end = rest.range(of: ").") { rest = rest[end.upperBound...] }
        return rest
    }

    /// A Foundation error's description (`Error Domain=NSCocoaErrorDomain Code=260 "The file
    /// doesn’t exist." UserInfo={NSFilePath=x.csv, …}`) as its message and file; anything else as is.
    static func readable(_ thrown: Substring) -> String {
        guard thrown.hasPrefix("Error Domain="), let open = thrown.firstIndex(of: "\""),
              let close = thrown[thrown.index(after: open)...].firstIndex(of: "\"") else { return String(thrown) }
        let message = thrown[thrown.index(after: open)..<close]
        guard let path = thrown.range(of: "NSFilePath=") else { return String(message) }
        let file = thrown[path.upperBound...].prefix { $0 != "," && $0 != "}" }
        return "\(message) (\(file))"
    }

    /// What the backtracer says a compiler-inserted trap was for, if it says.
    static func trapReason(in stderr: String) -> String? {
        let marker = "*** Swift runtime failure: "
        guard let line = stderr.split(separator: "\n").first(where: { $0.hasPrefix(marker) }) else { return nil }
        let reason = line.dropFirst(marker.count).trimmingCharacters(in: CharacterSet(charactersIn: "* "))
        return reason.isEmpty ? nil : reason
    }

    static func name(of signal: Int32) -> String {
        let names: [Int32: String] = [SIGILL: "SIGILL: a trap", SIGTRAP: "SIGTRAP: a trap", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS",
                                      SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV: bad memory access", SIGTERM: "SIGTERM"]
        return names[signal] ?? "signal \(signal)"
    }
}

extension RuntimeFailure {
    /// A cell's stderr without what the runtime printed when it failed: the `Fatal error` line
    /// (it becomes the cell's diagnostic) and the backtrace or stack trace.
    static func userStderr(_ text: String) -> String {
        var kept: [Substring] = []
        var inTrace = false
        var inBacktrace = false
        for line in throwSite(in: text).rest.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("*** Signal") || line.hasPrefix("*** Program crashed") { inBacktrace = true }
            if inBacktrace {
                if line.hasPrefix("Backtrace took") { inBacktrace = false }
                continue
            }
            if line.hasPrefix("Current stack trace:") { inTrace = true; continue }
            if inTrace, line.first?.isNumber == true { continue }
            inTrace = false
            // The runtime's own notes while crashing ("failed to suspend thread …") vary per run.
            if line.contains("Fatal error") || line.hasPrefix("swift-runtime: ") { continue }
            kept.append(line)
        }
        while kept.last?.isEmpty == true && kept.count > 1 && kept[kept.count - 2].isEmpty { kept.removeLast() }
        let joined = kept.joined(separator: "\n")
        return joined.allSatisfy(\.isNewline) ? "" : joined
    }
}

extension ChildProcess.Termination {
    /// Decodes a raw `waitpid` status.
    init(waitStatus status: Int32) {
        switch WaitStatus(status) {
        case .exited(let code): self = .exited(code)
        case .signaled(let signal): self = .signaled(signal)
        }
    }
}

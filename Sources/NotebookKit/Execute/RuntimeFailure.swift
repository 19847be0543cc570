/// Describes how a lesson program (or an expected-error cell's child) failed, from its wait
/// status and what the Swift runtime printed on stderr.
struct RuntimeFailure {
    var message: String
    /// The `.md` line the runtime named (fatalError and precondition do), if any.
    var line: Int?

    /// - Parameters:
    ///   - termination: how the process ended.
    ///   - stderr: the cell's stderr, where the Swift runtime writes `Fatal error: ...`.
    ///   - lessonPath: to recognise `Notebooks/x.md:12: Fatal error: ...`.
    init(_ termination: ChildProcess.Termination, stderr: String, lessonPath: String) {
        let fatal = stderr.split(separator: "\n").last { $0.contains("Fatal error") }
        if let fatal, let range = fatal.range(of: "Fatal error: ") ?? fatal.range(of: "Fatal error") {
            var text = String(fatal[range.upperBound...])
            if let raised = text.range(of: "Error raised at top level: ") {
                let thrown = text[raised.upperBound...]
                // Types declared in cells live in the module `Lesson`: say `Oops`, not `Lesson.Oops`.
                text = "uncaught error: " + (thrown.hasPrefix("Lesson.") ? thrown.dropFirst(7) : thrown)
            } else {
                text = "runtime error: " + (text.isEmpty ? "fatal error" : text)
            }
            message = text
            // `#file` in Swift 5 mode gives `Module/name.md`: match the file name.
            let head = fatal[..<range.lowerBound]
            let name = lessonPath.split(separator: "/").last.map { "/" + $0 + ":" } ?? ""
            if let found = head.range(of: name) ?? (head.hasPrefix(lessonPath + ":") ? head.range(of: lessonPath + ":") : nil) {
                line = Int(head[found.upperBound...].prefix { $0.isNumber })
            }
            return
        }
        switch termination {
        case .exited(let code): message = "the program exited with status \(code) before the end of the lesson"
        case .signaled(let signal): message = "the program crashed (\(Self.name(of: signal)))"
        case .timedOut(let seconds): message = "timed out after \(Format.fixed(seconds, seconds == seconds.rounded() ? 0 : 1)) s (set 'timeout:' in the front matter to allow longer)"
        }
    }

    static func name(of signal: Int32) -> String {
        let names: [Int32: String] = [4: "SIGILL: a trap", 5: "SIGTRAP: a trap", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV: bad memory access", 15: "SIGTERM"]
        return names[signal] ?? "signal \(signal)"
    }
}

extension ChildProcess.Termination {
    /// Decodes a raw `waitpid` status.
    init(waitStatus status: Int32) {
        self = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }
}

extension RuntimeFailure {
    /// A cell's stderr without what the runtime printed when it failed (the `Fatal error` line,
    /// which becomes the cell's diagnostic, and the stack trace of unsymbolicated addresses).
    static func userStderr(_ text: String) -> String {
        var kept: [Substring] = []
        var inTrace = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Current stack trace:") { inTrace = true; continue }
            if inTrace, line.first?.isNumber == true { continue }
            inTrace = false
            if line.contains("Fatal error") { continue }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }
}

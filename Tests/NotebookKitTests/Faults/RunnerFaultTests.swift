import Testing
@testable import NotebookKit

/// Lessons that fail to compile or run, and lessons that start processes: `notebook run`.
@Suite struct RunnerFaultTests {
    static func lesson(_ fixture: String) -> [String: String] { ["x.md": "faults/\(fixture)"] }
    static let run = ["run", "Notebooks/x.md"]

    static let cases: [Fault] = [
        Fault(name: "compile error", lessons: ["x.md": "compile-error.md"], arguments: run, status: 1,
              messages: ["Notebooks/x.md:9:5: error: cannot convert value of type 'String' to expected argument type 'Int'"],
              absent: ["/tmp/", "emit-module", "did not build", "x.md:1:1"]),
        Fault(name: "an extra closing brace", lessons: lesson("unbalanced-brace.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:5:1: error: extraneous '}' at top level"], absent: ["/tmp/", "main.swift", "emit-module", "did not build"]),
        Fault(name: "a brace never closed", lessons: lesson("unclosed-brace.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:4:10: error: expected '}' at end of brace statement", "to match this opening '{'"],
              absent: ["/tmp/", "main.swift", "emit-module", "did not build"]),
        Fault(name: "an unclosed fence", lessons: lesson("unclosed-fence.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:3:1: error: this ```swift fence is never closed"], absent: ["cannot find", "expected", "/tmp/"]),
        Fault(name: "an uncaught thrown error", lessons: lesson("uncaught-throw.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:6:16: error: uncaught error: Oops()", "Notebooks/x.md:11:13: note: called from here", "    before"],
              absent: ["/tmp/", "Fatal error", "in the cell that starts", "Uncaught error thrown at"]),
        Fault(name: "an uncaught error after a caught one", lessons: lesson("throw-after-caught.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:6:16: error: uncaught error: Oops(n: 8)", "Notebooks/x.md:15:9: note: called from here",
                         "Notebooks/x.md:17:13: note: called from here", "caught 0"],
              absent: ["/tmp/", "Fatal error", "x.md:9:", "in the cell that starts"]),
        Fault(name: "a missing data file", lessons: lesson("missing-data.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:6:16: error: uncaught error:", "no/such/data.csv"], absent: ["/tmp/", "Fatal error", "in the cell that starts"]),
        Fault(name: "endless recursion", lessons: lesson("stack-overflow.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:5:12: error: the program crashed (SIGSEGV: stack overflow; endless recursion?)",
                         "Notebooks/x.md:8:7: note: called from here"], absent: ["/tmp/", "in the cell that starts"]),
        // Without a thread of its own, the cell's second thread died of "Unknown error occurred while attempting to acquire a Mutex".
        Fault(name: "expected errors in cells whose threads share a lock", lessons: lesson("expected-after-threads.md"),
              arguments: ["run", "--format", "json", "Notebooks/x.md"], status: 0,
              messages: ["both threads took the lock: 2", "\"uncaught error: Expected()\\n\"", "the program crashed (SIGSEGV: stack overflow; endless recursion?)",
                         "after: 1"], absent: ["Mutex", "timed out", "/tmp/", "unknown context", "\"failed\""]),
        Fault(name: "arithmetic overflow", lessons: lesson("overflow.md"), arguments: run, status: 1,
              messages: ["Notebooks/x.md:7:13: error: runtime error: arithmetic overflow"], absent: ["SIGILL", "/tmp/"]),
        Fault(name: "exit in a cell", lessons: ["x.md": "exit.md"], arguments: run, status: 1,
              messages: ["the program exited with status 3 before the end of the lesson"]),
        Fault(name: "a flood of output", lessons: ["x.md": "flood.md"], arguments: run, status: 0, messages: ["output truncated"]),
        Fault(name: "a child in its own process group outlives its cell", lessons: lesson("child-own-group.md"), arguments: run, status: 0,
              messages: ["the lesson ends here", "passed: 2 ok"], childrenEnd: true),
        Fault(name: "a child in its own session past the timeout", lessons: lesson("child-timeout.md"), arguments: run, status: 1,
              messages: ["[1] line 6 ok", "Notebooks/x.md:14:1: error: timed out after 5 s"], childrenEnd: true),
        Fault(name: "a daemonised process", lessons: lesson("daemon.md"), arguments: run, status: 0, messages: ["passed: 1 ok"], childrenEnd: true),
        Fault(name: "many background processes", lessons: lesson("fork-many.md"), arguments: run, status: 0, messages: ["passed: 1 ok"], childrenEnd: true),
        Fault(name: "a lesson that does not parse", lessons: ["x.md": "bad-yaml.md"], arguments: run, status: 1, messages: ["front matter is not valid YAML"]),
        Fault(name: "an unknown cell option", lessons: ["x.md": "bad-option.md"], arguments: run, status: 1,
              messages: ["Notebooks/x.md:3:10: error: unknown cell option 'hiden'"]),
        Fault(name: "a lesson that is not there", arguments: ["run", "Notebooks/none.md"], status: 1, messages: ["no such file or folder: Notebooks/none.md"]),
    ]

    @Test(arguments: cases) func fault(_ fault: Fault) throws { try fault.check() }
}

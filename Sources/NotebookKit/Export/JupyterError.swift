/// An `error` output of a Jupyter notebook: a name (`RuntimeError`, `UncaughtError`,
/// `CompileError`, `Error`), the first line of the message as the value, and every line as
/// the traceback.
struct JupyterError {
    enum Kind { case runtime, compile }

    var name: String
    var value: String
    var traceback: [String]

    /// From an expected error's output text (`runtime error: Index out of range`).
    init(kind: Kind, text: String) {
        let lines = text.split(separator: "\n").map(String.init)
        let first = lines.first ?? ""
        switch kind {
        case .compile:
            name = "CompileError"
            value = first.range(of: "error: ").map { String(first[$0.upperBound...]) } ?? first
        case .runtime:
            (name, value) = Self.named(first)
        }
        traceback = lines
    }

    /// From the error diagnostics of a cell that failed.
    init(_ diagnostics: [Diagnostic]) {
        let first = diagnostics.first?.message ?? "failed"
        (name, value) = Self.named(first)
        traceback = diagnostics.flatMap { diagnostic in
            [diagnostic.description] + diagnostic.notes.map { note in (note.location.map { "\($0): " } ?? "") + "note: " + note.message }
        }
    }

    /// `runtime error: x` → (`RuntimeError`, `x`); `uncaught error: x` → (`UncaughtError`, `x`).
    private static func named(_ message: String) -> (String, String) {
        for (prefix, name) in [("runtime error: ", "RuntimeError"), ("uncaught error: ", "UncaughtError")] where message.hasPrefix(prefix) {
            return (name, String(message.dropFirst(prefix.count)))
        }
        return ("Error", message)
    }

    var json: JSONValue {
        ["output_type": "error", "ename": .string(name), "evalue": .string(value), "traceback": .array(traceback.map(JSONValue.string))]
    }
}

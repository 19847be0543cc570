extension ProgramRuntime {
    /// Evaluates inline expression `index` of the prose (`` `{swift} expr` ``) and sends its
    /// value as text: a `NotebookDisplayable`'s plain-text output, else `String(describing:)`,
    /// on one line. Outside the runner it prints the value.
    public static func inline<T>(_ index: Int, _ value: () throws -> T) rethrows {
        emit(.inline(index: index))
        let text = inlineText(try value())
        guard nonce != nil else { return print(text) }
        emit(.value(index: index, length: text.utf8.count), payload: text)
    }

    /// The text an inline value shows: line breaks become spaces, ends trimmed.
    static func inlineText<T>(_ value: T) -> String {
        let rich = (value as? NotebookDisplayable)?.displayOutputs.first { $0.mime == .plain }
        let text = rich?.data ?? String(describing: value)
        let oneLine = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        return String(oneLine.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

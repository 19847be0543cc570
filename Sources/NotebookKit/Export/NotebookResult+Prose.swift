extension NotebookResult {
    /// The lesson's lines with each evaluated inline expression replaced by its value, escaped
    /// so Markdown reads it as the text it is: what the exports show as prose.
    var proseLines: [String] {
        notebook.lines(substituting: inlineValues.mapValues(Self.markdownEscaped))
    }

    /// `text` with the characters that could start Markdown inside a line backslash-escaped
    /// (CommonMark shows an escaped punctuation character as itself); digits, `.`, `-`, `±`
    /// and `%` stay as they are, so numbers read plainly in the source.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>!|~&#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

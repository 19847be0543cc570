extension Translation {
    /// The translation's text with its `source-digests` set to its source's prose as it is
    /// now: the key's block replaced where it is, or added at the end of the front matter
    /// (front matter added when there is none). Nothing else in the file changes.
    public func markedCurrent() -> String {
        var lines = notebook.lines
        let block = ["\(FrontMatter.sourceDigestsKey):"] + ProseSections(source).digests.map { "  \($0.section): \($0.digest)" }
        if let range = notebook.frontMatter.range {
            if let start = notebook.frontMatter.keyLines[FrontMatter.sourceDigestsKey] {
                // The key's line and the indented (or blank) lines under it, inside the front matter.
                var end = start
                while end + 1 < range.endLine, let next = notebook.line(end + 1), next.first == " " || next.first == "\t" || next.isEmpty { end += 1 }
                lines.replaceSubrange((start - 1)..<end, with: block)
            } else {
                lines.insert(contentsOf: block, at: range.endLine - 1)
            }
        } else {
            lines.insert(contentsOf: ["---"] + block + ["---"], at: 0)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `markedCurrent()` over the translation's file.
    public func markCurrent() throws {
        try FileSystem.write(markedCurrent(), to: notebook.path)
    }
}

extension NotebookParser {
    /// The lesson's `` `{swift} …` `` expressions in document order, each located on its line
    /// (cmark finds the code spans; the line is scanned for their exact columns, since cmark's
    /// inline columns skip a continuation line's indentation).
    static func inlineExpressions(in document: MarkdownDocument, lines: [String], cells: [Cell], path: String) throws(DiagnosticError) -> [InlineExpression] {
        var found: [InlineExpression] = []
        var diagnostics: [Diagnostic] = []
        var used: [String: Int] = [:]  // spans with the same text already taken, by line and text
        for top in document.blocks {
            top.walk { block in
                for code in block.inlineCode {
                    let line = code.line
                    let text = lines.indices.contains(line - 1) ? lines[line - 1] : ""
                    let candidates = InlineExpression.spans(in: text).filter { $0.content == code.text }
                    let taken = used["\(line) \(code.text)", default: 0]
                    used["\(line) \(code.text)"] = taken + 1
                    guard taken < candidates.count else {
                        diagnostics.append(.error("an inline `{swift}` expression must fit on one line", at: SourceLocation(file: path, line: line),
                                                  notes: [.init("write it as `{swift} expression` without a line break inside the backticks")]))
                        continue
                    }
                    let span = candidates[taken]
                    let afterMarker = code.text.utf8.dropFirst(InlineExpression.marker.utf8.count)
                    let expression = afterMarker.drop { $0 == 0x20 }
                    let column = span.contentStart + (code.text.utf8.count - expression.count) + 1
                    let source = String(decoding: expression, as: UTF8.self)
                    guard source.contains(where: { $0 != " " }) else {
                        diagnostics.append(.error("this inline `{swift}` expression is empty", at: SourceLocation(file: path, line: line, column: span.start + 1)))
                        continue
                    }
                    found.append(InlineExpression(index: found.count, code: source, line: line, column: column,
                                                  span: (span.start + 1)..<(span.end + 1), cellsBefore: cells.count { $0.range.startLine < line }))
                }
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return found
    }
}

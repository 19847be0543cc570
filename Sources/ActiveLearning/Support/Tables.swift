import NotebookRuntime

/// An HTML table whose first row is the header and first column the row header; all text escaped.
func htmlTable(_ rows: [[String]], class name: String, caption: String? = nil) -> String {
    var html = "<table class=\"\(Escape.attribute(name))\">\n"
    if let caption { html += "<caption>\(Escape.text(caption))</caption>\n" }
    html += "<thead><tr>" + (rows.first ?? []).map { "<th>\(Escape.text($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for row in rows.dropFirst() {
        html += "<tr>" + row.enumerated().map { i, cell in
            i == 0 ? "<th scope=\"row\">\(Escape.text(cell))</th>" : "<td>\(Escape.text(cell))</td>"
        }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>"
}

/// A plain-text table with aligned columns (first column left-aligned, the others right). A
/// row shorter than the others leaves its last columns empty.
func textTable(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { c in rows.map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { c, cell in
            c == 0 ? cell.padding(to: widths[c]) : String(repeating: " ", count: widths[c] - cell.count) + cell
        }.joined(separator: "  ")
    }.joined(separator: "\n")
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

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

/// A plain-text table with aligned columns (first column left-aligned, the others right).
func textTable(_ rows: [[String]]) -> String {
    guard let header = rows.first else { return "" }
    let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { c, cell in
            c == 0 ? cell.padding(to: widths[c]) : String(repeating: " ", count: widths[c] - cell.count) + cell
        }.joined(separator: "  ")
    }.joined(separator: "\n")
}

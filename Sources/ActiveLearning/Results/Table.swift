import NotebookRuntime

/// A small table of already formatted cells that shows under a notebook cell as HTML (every
/// cell escaped) and prints as aligned text.
///
/// ```swift
/// Table(header: ["strategy", "AULC"], rows: [["random", fixed(0.869)], ["margin", fixed(0.929)]])
/// ```
public struct Table: NotebookDisplayable, CustomStringConvertible, Sendable {
    public var header: [String]
    public var rows: [[String]]
    public var caption: String?

    public init(header: [String], rows: [[String]], caption: String? = nil) {
        self.header = header
        self.rows = rows
        self.caption = caption
    }

    public var displayOutputs: [DisplayOutput] {
        [.html(htmlTable([header] + rows, class: "table", caption: caption))]
    }

    public var description: String { textTable([header] + rows) }
}

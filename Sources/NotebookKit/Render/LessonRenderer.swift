/// Renders a lesson's article: prose through cmark, headings with anchors, cells with their
/// outputs, in document order. Also collects the table of contents and the search text.
struct LessonRenderer {
    struct Heading {
        var level: Int
        var text: String
        var anchor: String
    }

    struct Output {
        var article: HTML
        var headings: [Heading]
        /// Plain text per section (heading anchor → words), for the search index.
        var sections: [(heading: Heading?, text: String)]
    }

    var lesson: Site.Lesson
    var strings: SiteStrings = .english

    func render() -> Output {
        let notebook = lesson.notebook
        let rendered = MarkdownDocument.rendered(NotebookParser.body(of: notebook), inlineValues: lesson.result.inlineValues)
        let cellsByLine = Dictionary(uniqueKeysWithValues: notebook.cells.map { ($0.range.startLine, $0) })
        let results = Dictionary(uniqueKeysWithValues: lesson.result.cells.map { ($0.index, $0) })
        let cellRenderer = CellRenderer(notebook: notebook, strings: strings)
        var slugger = Slugger()
        var parts: [HTML] = []
        var headings: [Heading] = []
        var sections: [(heading: Heading?, text: String)] = [(nil, "")]
        for node in rendered {
            if let cell = cellsByLine[node.block.range.startLine] {
                parts.append(cellRenderer.render(cell, results[cell.index]))
                continue
            }
            let text = node.block.plainTextDeep
            if case .heading(let level) = node.block.kind {
                let heading = Heading(level: level, text: text, anchor: slugger.slug(text))
                headings.append(heading)
                sections.append((heading, ""))
                let link = HTML.element("a", ["class": "anchor", "href": "#\(heading.anchor)", "aria-label": strings.anchor], text: "#")
                parts.append(.element("h\(heading.level)", ["id": heading.anchor], [.raw(node.contentHTML), link]))
            } else {
                sections[sections.count - 1].text += text + " "
                parts.append(.raw(node.html))
            }
        }
        return Output(article: .join(parts), headings: headings, sections: sections)
    }
}

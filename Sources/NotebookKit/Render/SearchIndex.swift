import Foundation

/// The client-side search index: one entry per section of every lesson, written as a small
/// script (`window.SEARCH_INDEX = [...]`) so it loads from `file://` where `fetch` cannot.
/// Each edition of the site has its own (pages search their own language). An entry with
/// CJK text also holds its `SearchSegmenter` tokens, as the script matches CJK queries on them.
struct SearchIndex {
    struct Entry: Encodable {
        var lesson: String
        var section: String
        var url: String
        var text: String
        /// The CJK tokens of the lesson title, section and text, space-separated; absent
        /// (`nil`, left out of the JSON) when they have none.
        var cjk: String?
    }

    var entries: [Entry] = []

    mutating func add(_ lesson: Site.Lesson, _ rendered: LessonRenderer.Output) {
        for section in rendered.sections {
            let words = section.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !words.isEmpty || section.heading != nil else { continue }
            let text = String(words.prefix(2000))
            let tokens = SearchSegmenter.tokens(lesson.notebook.title + " " + (section.heading?.text ?? "") + " " + words)
            entries.append(Entry(lesson: lesson.notebook.title, section: section.heading?.text ?? "",
                                 url: lesson.page + (section.heading.map { "#" + $0.anchor } ?? ""),
                                 text: text, cjk: tokens.isEmpty ? nil : tokens.joined(separator: " ")))
        }
    }

    func script() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var json = String(decoding: try encoder.encode(entries), as: UTF8.self)
        // Inside a script, `</` could close the element early.
        json = json.replacingOccurrences(of: "</", with: "<\\/")
        return "window.SEARCH_INDEX = \(json);\n"
    }
}

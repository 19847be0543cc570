/// What the renderer works from: the lessons in reading order with their results.
public struct Site: Sendable {
    public struct Lesson: Sendable {
        public var notebook: Notebook
        public var result: NotebookResult
        /// The page's file name: the lesson's file name with `.html` (`01-background.html`).
        public var page: String

        public init(notebook: Notebook, result: NotebookResult) {
            self.notebook = notebook
            self.result = result
            let name = notebook.path.split(separator: "/").last.map(String.init) ?? notebook.path
            page = (name.hasSuffix(".md") ? String(name.dropLast(3)) : name) + ".html"
        }
    }

    public var title: String
    public var lessons: [Lesson]

    public init(title: String, lessons: [Lesson]) {
        self.title = title
        self.lessons = lessons
    }
}

/// Heading anchors: lower-case words joined by hyphens, unique within a page.
struct Slugger {
    private var used: [String: Int] = [:]

    mutating func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.append(character)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "section" }
        let count = used[slug, default: 0]
        used[slug] = count + 1
        return count == 0 ? slug : "\(slug)-\(count + 1)"
    }
}

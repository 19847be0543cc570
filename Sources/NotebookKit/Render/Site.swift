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
    /// The lessons, in English.
    public var lessons: [Lesson]
    /// The translated lessons of each language, in their sources' order (any subset of the
    /// lessons). A language with one or more is an edition of the site under its folder
    /// (`zh/`), and every page gets a switch to the other editions.
    public var translations: [Language: [Lesson]]

    public init(title: String, lessons: [Lesson], translations: [Language: [Lesson]] = [:]) {
        self.title = title
        self.lessons = lessons
        self.translations = translations
    }

    /// The editions to render: English, then each language with translations.
    var editions: [Edition] {
        [Edition(language: .english, title: title, lessons: lessons)]
            + translations.keys.sorted().compactMap { language in
                translations[language].flatMap { $0.isEmpty ? nil : Edition(language: language, title: SiteStrings.of(language).siteTitle ?? title, lessons: $0) }
            }
    }
}

/// The site in one language: its pages live in the language's folder (`zh/`), link to
/// their assets up from there, and list only the lessons translated into it.
struct Edition {
    var language: Language
    var title: String
    var lessons: [Site.Lesson]

    /// The folder of its pages in the site, with a trailing `/`; empty for English.
    var folder: String { language.folder.map { $0 + "/" } ?? "" }
    /// The path from its pages to the site's top folder (`../` from `zh/`).
    var root: String { language.folder == nil ? "" : "../" }
    var strings: SiteStrings { .of(language) }
    /// The search index its pages load, under `assets/`.
    var searchIndex: String { language == .english ? "search-index.js" : "search-index.\(language.rawValue).js" }
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

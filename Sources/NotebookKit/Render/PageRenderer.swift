/// Lays out the site's pages: a top bar with search, the language switch and the theme toggle,
/// a sidebar of the edition's lessons, the article, previous/next links and the table of
/// contents. Every page works without JavaScript and from `file://`: no external fonts,
/// scripts or CDNs. The chrome's words come from the edition's `SiteStrings`.
struct PageRenderer {
    var site: Site
    var edition: Edition

    init(site: Site, edition: Edition) {
        self.site = site
        self.edition = edition
    }

    private var strings: SiteStrings { edition.strings }

    func lessonPage(_ position: Int, _ rendered: LessonRenderer.Output) -> HTML {
        let lessons = edition.lessons
        let lesson = lessons[position]
        let previous = position > 0 ? lessons[position - 1] : nil
        let next = position + 1 < lessons.count ? lessons[position + 1] : nil
        var pager: [HTML] = []
        if let previous { pager.append(.element("a", ["class": "prev", "rel": "prev", "href": previous.page], text: "← " + previous.notebook.title)) }
        if let next { pager.append(.element("a", ["class": "next", "rel": "next", "href": next.page], text: next.notebook.title + " →")) }
        let toc = rendered.headings.filter { $0.level >= 2 && $0.level <= 3 }.map { heading in
            HTML.element("li", ["class": "toc-h\(heading.level)"], [.element("a", ["href": "#\(heading.anchor)"], text: heading.text)])
        }
        let main = HTML.element("main", ["class": "content", "id": "content"], [
            .element("article", [:], [rendered.article]),
            .element("nav", ["class": "pager", "aria-label": strings.pager], pager),
        ])
        let aside = toc.isEmpty ? HTML.empty : .element("aside", ["class": "toc", "aria-label": strings.onThisPage], [
            .element("h2", [:], text: strings.onThisPage), .element("ul", [:], toc),
        ])
        return page(title: "\(lesson.notebook.title) · \(edition.title)", current: lesson.page, body: [main, aside], hasTOC: !toc.isEmpty)
    }

    func indexPage() -> HTML {
        let items = edition.lessons.map { lesson in
            HTML.element("li", [:], [
                .element("a", ["href": lesson.page], text: lesson.notebook.title),
                lesson.notebook.frontMatter.summary.map { .element("p", [:], text: $0) } ?? .empty,
            ])
        }
        let main = HTML.element("main", ["class": "content", "id": "content"], [
            .element("h1", [:], text: edition.title),
            .element("p", ["class": "lede"], text: strings.lede),
            .element("ol", ["class": "lesson-list"], items),
        ])
        return page(title: edition.title, current: "index.html", body: [main], hasTOC: false)
    }

    /// A link to `current`'s counterpart in every other edition: the same lesson, or that
    /// edition's index page when the lesson is not translated into it.
    private func languageSwitch(current: String) -> [HTML] {
        site.editions.filter { $0.language != edition.language }.map { other in
            let page = current == "index.html" || other.lessons.contains { $0.page == current } ? current : "index.html"
            return .element("a", ["class": "language-switch", "href": edition.root + other.folder + page, "hreflang": other.language.rawValue,
                                  "lang": other.language.rawValue, "aria-label": other.strings.readIn], text: other.language.endonym)
        }
    }

    private func page(title: String, current: String, body: [HTML], hasTOC: Bool) -> HTML {
        let sidebar = HTML.element("nav", ["class": "sidebar", "aria-label": strings.lessons], [
            .element("ol", [:], edition.lessons.map { lesson in
                .element("li", [:], [.element("a", ["href": lesson.page, "aria-current": lesson.page == current ? "page" : nil], text: lesson.notebook.title)])
            }),
        ])
        let header = HTML.element("header", ["class": "topbar"], [
            .element("a", ["class": "brand", "href": "index.html"], text: edition.title),
            .element("div", ["class": "search"], [
                .element("input", ["type": "search", "id": "search", "placeholder": strings.searchPlaceholder, "aria-label": strings.searchPlaceholder, "autocomplete": "off"]),
                .element("div", ["id": "search-results", "class": "search-results", "hidden": ""]),
            ]),
        ] + languageSwitch(current: current) + [
            .element("button", ["id": "theme-toggle", "class": "theme-toggle", "type": "button", "aria-label": strings.themeToggle], text: "◐"),
        ])
        let assets = edition.root + "assets/"
        let document = HTML.element("html", ["lang": edition.language.rawValue], [
            .element("head", [:], [
                .element("meta", ["charset": "utf-8"]),
                .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .element("title", [:], text: title),
                .element("link", ["rel": "stylesheet", "href": assets + "style.css"]),
                .element("script", [:], [.raw(SiteAssets.themeBootstrap)]),
            ]),
            .element("body", [:], [
                header,
                .element("div", ["class": hasTOC ? "layout" : "layout no-toc"], [sidebar] + body),
                .element("script", ["src": assets + edition.searchIndex]),
                .element("script", ["src": assets + "site.js"]),
            ]),
        ])
        return .raw("<!doctype html>\n") + document + .raw("\n")
    }
}

/// Lays out the site's pages: a top bar with search and the theme toggle, a sidebar of all
/// lessons, the article, previous/next links and the table of contents. Every page works
/// without JavaScript and from `file://`: no external fonts, scripts or CDNs.
struct PageRenderer {
    var site: Site

    func lessonPage(_ position: Int, _ rendered: LessonRenderer.Output) -> HTML {
        let lesson = site.lessons[position]
        let previous = position > 0 ? site.lessons[position - 1] : nil
        let next = position + 1 < site.lessons.count ? site.lessons[position + 1] : nil
        var pager: [HTML] = []
        if let previous { pager.append(.element("a", ["class": "prev", "rel": "prev", "href": previous.page], text: "← " + previous.notebook.title)) }
        if let next { pager.append(.element("a", ["class": "next", "rel": "next", "href": next.page], text: next.notebook.title + " →")) }
        let toc = rendered.headings.filter { $0.level >= 2 && $0.level <= 3 }.map { heading in
            HTML.element("li", ["class": "toc-h\(heading.level)"], [.element("a", ["href": "#\(heading.anchor)"], text: heading.text)])
        }
        let main = HTML.element("main", ["class": "content", "id": "content"], [
            .element("article", [:], [rendered.article]),
            .element("nav", ["class": "pager", "aria-label": "Previous and next lesson"], pager),
        ])
        let aside = toc.isEmpty ? HTML.empty : .element("aside", ["class": "toc", "aria-label": "On this page"], [
            .element("h2", [:], text: "On this page"), .element("ul", [:], toc),
        ])
        return page(title: "\(lesson.notebook.title) · \(site.title)", current: lesson.page, body: [main, aside], hasTOC: !toc.isEmpty)
    }

    func indexPage() -> HTML {
        let items = site.lessons.map { lesson in
            HTML.element("li", [:], [
                .element("a", ["href": lesson.page], text: lesson.notebook.title),
                lesson.notebook.frontMatter.summary.map { .element("p", [:], text: $0) } ?? .empty,
            ])
        }
        let main = HTML.element("main", ["class": "content", "id": "content"], [
            .element("h1", [:], text: site.title),
            .element("p", ["class": "lede"], text: "Runnable lessons: every number and chart on these pages comes from running the Swift code shown beside it."),
            .element("ol", ["class": "lesson-list"], items),
        ])
        return page(title: site.title, current: "index.html", body: [main], hasTOC: false)
    }

    private func page(title: String, current: String, body: [HTML], hasTOC: Bool) -> HTML {
        let sidebar = HTML.element("nav", ["class": "sidebar", "aria-label": "Lessons"], [
            .element("ol", [:], site.lessons.map { lesson in
                .element("li", [:], [.element("a", ["href": lesson.page, "aria-current": lesson.page == current ? "page" : nil], text: lesson.notebook.title)])
            }),
        ])
        let header = HTML.element("header", ["class": "topbar"], [
            .element("a", ["class": "brand", "href": "index.html"], text: site.title),
            .element("div", ["class": "search"], [
                .element("input", ["type": "search", "id": "search", "placeholder": "Search lessons", "aria-label": "Search lessons", "autocomplete": "off"]),
                .element("div", ["id": "search-results", "class": "search-results", "hidden": ""]),
            ]),
            .element("button", ["id": "theme-toggle", "class": "theme-toggle", "type": "button", "aria-label": "Toggle dark mode"], text: "◐"),
        ])
        let document = HTML.element("html", ["lang": "en"], [
            .element("head", [:], [
                .element("meta", ["charset": "utf-8"]),
                .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .element("title", [:], text: title),
                .element("link", ["rel": "stylesheet", "href": "assets/style.css"]),
                .element("script", [:], [.raw(SiteAssets.themeBootstrap)]),
            ]),
            .element("body", [:], [
                header,
                .element("div", ["class": hasTOC ? "layout" : "layout no-toc"], [sidebar] + body),
                .element("script", ["src": "assets/search-index.js"]),
                .element("script", ["src": "assets/site.js"]),
            ]),
        ])
        return .raw("<!doctype html>\n") + document + .raw("\n")
    }
}

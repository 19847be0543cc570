/// Renders a whole site into files (relative path → contents), in memory: the build writes
/// them, the check compares them with what is committed.
public struct SiteRenderer: Sendable {
    public init() {}

    public func render(_ site: Site) throws -> [String: String] {
        let pages = PageRenderer(site: site)
        var files: [String: String] = ["index.html": pages.indexPage().markup]
        var search = SearchIndex()
        for (position, lesson) in site.lessons.enumerated() {
            let rendered = LessonRenderer(lesson: lesson).render()
            files[lesson.page] = pages.lessonPage(position, rendered).markup
            search.add(lesson, rendered)
        }
        for asset in SiteAssets.files { files["assets/\(asset.name)"] = asset.contents }
        files["assets/search-index.js"] = try search.script()
        return files
    }
}

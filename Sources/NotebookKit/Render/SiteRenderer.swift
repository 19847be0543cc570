/// Renders a whole site into files (relative path → contents), in memory: the build writes
/// them, the check compares them with what is committed. Each edition (English, and each
/// language lessons are translated into) has its pages in its folder and its own search index.
public struct SiteRenderer: Sendable {
    public init() {}

    public func render(_ site: Site) throws -> [String: String] {
        var files: [String: String] = [:]
        for edition in site.editions {
            let pages = PageRenderer(site: site, edition: edition)
            files[edition.folder + "index.html"] = pages.indexPage().markup
            var search = SearchIndex()
            for (position, lesson) in edition.lessons.enumerated() {
                let rendered = LessonRenderer(lesson: lesson, strings: edition.strings).render()
                files[edition.folder + lesson.page] = pages.lessonPage(position, rendered).markup
                search.add(lesson, rendered)
            }
            files["assets/" + edition.searchIndex] = try search.script()
        }
        for asset in SiteAssets.files { files["assets/\(asset.name)"] = asset.contents }
        return files
    }
}

import Foundation
import Testing
@testable import NotebookKit

/// A lesson and its translation built into a site: one program runs the cells once and
/// evaluates both files' inline expressions; both pages show the same outputs.
@Suite(.serialized) struct TranslatedLessonTests {
    static func build() throws -> SiteBuilder.Outcome {
        var configuration = SiteBuilder.Configuration()
        configuration.lessonsFolder = TranslationTests.folder("current")
        configuration.cacheFolder = nil
        configuration.jobs = 1
        return try SiteBuilder(configuration: configuration, runner: NotebookRunner(toolchain: try Toolchain.locate())).render { _ in }
    }

    @Test func bothPagesComeFromOneRun() throws {
        let outcome = try Self.build()
        #expect(outcome.passed)
        #expect(outcome.results.count == 1)
        let result = try #require(outcome.results.first)
        // The source's 2 inline expressions, then the translation's 4, in one program.
        #expect(result.inlines.map(\.value) == ["3", "1", "开始", "3", "3", "1"])
        let english = try #require(outcome.files["01-counting.html"])
        let chinese = try #require(outcome.files["zh/01-counting.html"])
        #expect(english.contains("There are <span class=\"computed\">3</span> items."))
        #expect(chinese.contains("<span class=\"computed\">开始</span>：我们先数一数"))
        #expect(chinese.contains("最大的是 <span class=\"computed\">3</span>。"))
        #expect(chinese.contains("最小的是 <span class=\"computed\">1</span>。"))
        for page in [english, chinese] { #expect(page.contains("<pre class=\"output output-stdout\">items: 3\n</pre>")) }
        #expect(chinese.contains("<html lang=\"zh-CN\">"))
        #expect(chinese.contains("<a class=\"language-switch\" href=\"../01-counting.html\" hreflang=\"en\""))
        #expect(english.contains("<a class=\"language-switch\" href=\"zh/01-counting.html\" hreflang=\"zh-CN\""))
        #expect(Set(outcome.files.keys).isSuperset(of: ["zh/index.html", "assets/search-index.zh-CN.js"]))
        #expect(LinkChecker().check(outcome.files).isEmpty)
    }

    @Test func aFailingTranslationInlineIsLocatedInTheTranslation() throws {
        let folder = NSTemporaryDirectory() + "translated-lesson-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: TranslationTests.folder("current"), toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/zh/01-counting.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "{swift} items.max() ?? 0", with: "{swift} itemz.count")
            .write(toFile: path, atomically: true, encoding: .utf8)
        var configuration = SiteBuilder.Configuration()
        configuration.lessonsFolder = folder
        configuration.cacheFolder = nil
        let outcome = try SiteBuilder(configuration: configuration, runner: NotebookRunner(toolchain: try Toolchain.locate())).render { _ in }
        let failed = try #require(outcome.results.first).inlines.filter { $0.status == .failed }
        #expect(failed.count == 1)
        let diagnostic = try #require(failed.first?.diagnostics.first)
        #expect(diagnostic.location?.file == path)
        #expect(diagnostic.location?.line == 19)
        #expect(diagnostic.message.contains("itemz"))
    }
}

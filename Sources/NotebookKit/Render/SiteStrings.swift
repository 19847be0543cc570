import Foundation

/// The words of the page chrome in one language, as one typed table: the renderers and the
/// site's script take every label from here, so a page never mixes its languages.
struct SiteStrings: Sendable {
    /// The site's title; `nil`: the configured one.
    var siteTitle: String?
    var lede: String
    var lessons: String
    var searchPlaceholder: String
    var themeToggle: String
    var onThisPage: String
    var pager: String
    var anchor: String
    var copy: String
    var copyCode: String
    /// Shown by the script for a moment after copying.
    var copied: String
    /// The script's "no results" line: `noResultsBefore + query + noResultsAfter`.
    var noResultsBefore: String
    var noResultsAfter: String
    var expectedRuntimeError: String
    var expectedCompileError: String
    var cellFailed: String
    var notRun: String
    var notRunAfterFailure: String
    /// The language switch's label for screen readers, naming the page it leads to.
    var readIn: String

    static let english = SiteStrings(
        siteTitle: nil,
        lede: "Runnable lessons: every number and chart on these pages comes from running the Swift code shown beside it.",
        lessons: "Lessons", searchPlaceholder: "Search lessons", themeToggle: "Toggle dark mode", onThisPage: "On this page",
        pager: "Previous and next lesson", anchor: "Link to this section", copy: "Copy", copyCode: "Copy code", copied: "Copied",
        noResultsBefore: "No lesson mentions “", noResultsAfter: "”.",
        expectedRuntimeError: "Expected runtime error", expectedCompileError: "Expected compile error", cellFailed: "This cell failed",
        notRun: "Not run", notRunAfterFailure: "Not run: an earlier cell failed", readIn: "Read this page in English")

    static let chinese = SiteStrings(
        siteTitle: "大模型在主动学习中的应用",
        lede: "可运行的课程：本站的每个数字和每张图表，都来自运行旁边所示的 Swift 代码。",
        lessons: "课程", searchPlaceholder: "搜索课程", themeToggle: "切换深色模式", onThisPage: "本页内容",
        pager: "上一课与下一课", anchor: "链接到本节", copy: "复制", copyCode: "复制代码", copied: "已复制",
        noResultsBefore: "没有课程提到“", noResultsAfter: "”。",
        expectedRuntimeError: "预期的运行时错误", expectedCompileError: "预期的编译错误", cellFailed: "此单元运行失败",
        notRun: "未运行", notRunAfterFailure: "未运行：前面的单元运行失败", readIn: "阅读本页的中文版")

    static func of(_ language: Language) -> SiteStrings {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }

    /// What the site's script needs, by `lang`, as a JavaScript object literal.
    static func scriptTable() -> String {
        struct Script: Encodable { var copy, copied, noResultsBefore, noResultsAfter: String }
        let table = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            let strings = of(language)
            return (language.rawValue, Script(copy: strings.copy, copied: strings.copied, noResultsBefore: strings.noResultsBefore, noResultsAfter: strings.noResultsAfter))
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(table)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

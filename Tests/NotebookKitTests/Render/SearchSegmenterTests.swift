import Testing
@testable import NotebookKit

@Suite struct SearchSegmenterTests {
    @Test func cjkRunsBecomeCharactersAndOverlappingPairs() {
        #expect(SearchSegmenter.tokens("不确定性") == ["不", "不确", "定", "定性", "性", "确", "确定"])
        #expect(SearchSegmenter.tokens("熵") == ["熵"])
    }

    @Test func otherTextAndPunctuationBreakRuns() {
        // No pair across "，", a space or Latin letters; Latin words are not tokens.
        #expect(SearchSegmenter.tokens("主动，学习 margin 采样") == ["主", "主动", "习", "动", "学", "学习", "样", "采", "采样"])
        #expect(SearchSegmenter.tokens("margin sampling 0.5").isEmpty)
    }

    @Test func theIndexHoldsTokensOnlyForCJKEntries() throws {
        let notebook = try NotebookParser().parse(text: "# 熵\n\n主动学习\n\n## English\n\nmargin\n", path: "zh/x.md")
        var index = SearchIndex()
        let lesson = Site.Lesson(notebook: notebook, result: NotebookResult(notebook: notebook, cells: []))
        index.add(lesson, LessonRenderer(lesson: lesson).render())
        #expect(index.entries.map(\.cjk) == ["主 主动 习 动 动学 学 学习 熵", "熵"])
        #expect(index.entries.map(\.url) == ["x.html#熵", "x.html#english"])
    }

    @Test func theScriptUsesTheSameRanges() {
        let listed = SearchSegmenter.ranges.map { "[0x\(String($0.lowerBound, radix: 16, uppercase: true)), 0x\(String($0.upperBound, radix: 16, uppercase: true))]" }
        #expect(SiteAssets.script.contains("var CJK = [" + listed.joined(separator: ", ") + "];"))
    }
}

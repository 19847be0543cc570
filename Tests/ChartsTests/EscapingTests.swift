import Testing
import NotebookRuntime
@testable import Charts

/// User text reaches markup only escaped: a hostile name stays text in every chart, and the
/// output parses as strict XML.
@Suite struct EscapingTests {
    static let hostile = "<script>&\"'"

    static func charts() throws -> [(String, String)] {
        let name = hostile
        return [
            ("line", try LineChart(title: name, xLabel: name, yLabel: name,
                                   series: [.init(name: name, x: [1, 2], y: [3, 4], spread: [0.1, 0.2])],
                                   reference: .init(y: 3.5, label: name)).svg),
            ("scatter", try ScatterChart(title: name, xLabel: name, yLabel: name, groups: [name],
                                         roles: [.init(name: name, marker: .ring)],
                                         points: [.init(x: 0, y: 0), .init(x: 1, y: 1)]).svg),
            ("bar", try BarChart(title: name, valueLabel: name, categoryLabel: name,
                                 bars: [.init(label: name, value: -1)]).svg),
            ("heatmap", try Heatmap(title: name, values: [[1]], rowLabels: [name], columnLabels: [name],
                                    rowTitle: name, columnTitle: name).svg),
        ]
    }

    @Test func hostileNamesAreEscapedInEveryChart() throws {
        for (kind, svg) in try Self.charts() {
            #expect(!svg.contains("<script"), "\(kind) chart contains raw markup")
            #expect(svg.contains(">&lt;script&gt;&amp;\"'</text>"), "\(kind) chart lacks the escaped text")
            #expect(svg.contains("\"&lt;script&gt;&amp;&quot;&#39;\""), "\(kind) chart lacks the escaped attribute")
            let elements = try MiniXML.parse(svg)
            let texts = elements.filter { $0.name == "text" }.map(\.text)
            #expect(texts.contains(Self.hostile), "\(kind): the name does not read back as text")
            #expect(elements.first?.attribute("aria-label") == Self.hostile)
        }
    }

    @Test func builderEscapesAttributesAndText() {
        let element = SVGElement("g", ["data-x": .s("a\"b<c>&'")], [SVGElement("text", text: "1 < 2 & \"q\"")])
        #expect(element.render() == "<g data-x=\"a&quot;b&lt;c&gt;&amp;&#39;\">\n<text>1 &lt; 2 &amp; \"q\"</text>\n</g>")
    }
}

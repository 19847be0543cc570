import Testing
@testable import Charts

/// What each chart draws for a given input, read back through the strict XML reader.
@Suite struct ChartBehaviourTests {
    static func elements(_ svg: String) throws -> [MiniXML.Element] { try MiniXML.parse(svg) }
    static func texts(_ svg: String) throws -> [String] { try elements(svg).filter { $0.name == "text" }.map(\.text) }
    static func classes(_ svg: String) throws -> [String] { try elements(svg).compactMap { $0.attribute("class") } }

    @Test func lineChartLegendBandsMarkersAndReference() throws {
        let named = try LineChart(title: "t", series: [
            .init(name: "a", x: [0, 1, 2], y: [0.2, 0.4, 0.5], spread: [0.1, 0.1, 0.1]),
            .init(name: "b", x: [0, 1, 2], y: [0.3, 0.5, 0.6]),
        ], yRange: 0...1, reference: .init(y: 0.9, label: "full data"))
        let elements = try Self.elements(named.svg)
        #expect(try Self.classes(named.svg).contains("legend"))
        #expect(try Self.texts(named.svg).filter { ["a", "b", "full data"].contains($0) } == ["full data", "a", "b"])
        let paths = elements.filter { $0.name == "path" }
        #expect(paths.filter { $0.attribute("fill-opacity") == "0.18" }.count == 1, "one band, for the series with spread")
        #expect(paths.filter { $0.attribute("fill") == "none" }.map { $0.attribute("stroke") } == [Palette.color(0), Palette.color(1)])
        #expect(elements.filter { $0.name == "circle" }.count == 3 + 1, "three circle markers for a, one legend sample")
        #expect(elements.contains { $0.attribute("stroke-dasharray") == "6 4" })
        let labels = try Self.texts(named.svg)
        #expect(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"].allSatisfy(labels.contains))

        let outside = try LineChart(title: "t", series: [.init(name: "", x: [0, 1], y: [0, 1])],
                                    yRange: 0...1, reference: .init(y: 2, label: "off the chart"))
        #expect(!(try Self.texts(outside.svg)).contains("off the chart"))
        #expect(!(try Self.classes(outside.svg)).contains("legend"), "an unnamed single series has no legend")

        let dense = try LineChart(title: "t", series: [.init(name: "d", x: (0..<31).map(Double.init), y: Array(repeating: 1, count: 31))])
        #expect(try Self.elements(dense.svg).filter { $0.name == "circle" }.count == 1, "no markers beyond 30 points")
    }

    @Test func automaticYRangeCoversBandsAndReference() throws {
        let chart = try LineChart(title: "", series: [.init(name: "a", x: [0, 1], y: [0.5, 0.6], spread: [0.3, 0.1])],
                                  reference: .init(y: 1.05, label: "r"))
        let labels = try Self.texts(chart.svg)
        #expect(labels.contains("0.2") && labels.contains("1.1"))
        #expect(!labels.contains("0.1") && !labels.contains("1.2"))
    }

    @Test func scatterDrawsRolesInOrderWithLegend() throws {
        let chart = try ScatterChart(title: "pool", groups: ["x", "y"], roles: [.pool, .labeled, .queried], points: [
            .init(x: 0, y: 0, group: 0, role: 2), .init(x: 1, y: 1, group: 1, role: 0),
            .init(x: 2, y: 0, group: 1, role: 1), .init(x: 3, y: 1, group: 0, role: 0),
        ])
        let elements = try Self.elements(chart.svg)
        let layers = elements.filter { $0.attribute("class") == "points" }.compactMap { $0.attribute("aria-label") }
        #expect(layers == ["pool (unlabeled)", "labeled", "queried this round"])
        let rings = elements.filter { $0.name == "circle" && $0.attribute("fill") == "none" }
        #expect(rings.map { $0.attribute("stroke") } == [Palette.color(0), "currentColor"], "one queried point, one legend sample")
        let dots = elements.filter { $0.name == "circle" && $0.attribute("r") == "2.20" }
        #expect(dots.compactMap { $0.attribute("fill") } == [Palette.color(1), Palette.color(0), "currentColor"])
        #expect(try Self.texts(chart.svg).suffix(5) == ["x", "y", "pool (unlabeled)", "labeled", "queried this round"])
    }

    @Test func barChartColoursSignsAndPrintsValues() throws {
        let bars: [BarChart.Bar] = [.init(label: "up", value: 0.5), .init(label: "down", value: -0.25)]
        for orientation in [BarChart.Orientation.vertical, .horizontal] {
            let chart = try BarChart(title: "", bars: bars, orientation: orientation)
            let fills = try Self.elements(chart.svg).filter { $0.name == "rect" }.compactMap { $0.attribute("fill") }
            #expect(fills == ["#0072B2", "#D55E00"])
            let texts = try Self.texts(chart.svg)
            #expect(texts.contains("0.50") && texts.contains("\u{2212}0.25") && texts.contains("up"))
        }
        let quiet = try BarChart(title: "", bars: bars, valueDecimals: nil)
        #expect(!(try Self.texts(quiet.svg)).contains("0.50"))
    }

    @Test func barChartErrorBarsSpanTheirInterval() throws {
        let chart = try BarChart(title: "", bars: [.init(label: "a", value: 2, interval: .init(lower: 1, upper: 3))],
                                 orientation: .horizontal, valueDecimals: nil)
        let elements = try Self.elements(chart.svg)
        let ticks = Dictionary(uniqueKeysWithValues: elements.filter { $0.name == "text" }.compactMap { text in
            text.attribute("x").flatMap(Double.init).map { (text.text, $0) }
        })
        let whisker = try #require(elements.first { $0.name == "line" && $0.attribute("stroke-width") == "1.50" })
        let x1 = try #require(whisker.attribute("x1").flatMap(Double.init))
        let x2 = try #require(whisker.attribute("x2").flatMap(Double.init))
        #expect(abs(x1 - ticks["1.0"]!) < 0.02 && abs(x2 - ticks["3.0"]!) < 0.02)
    }

    @Test func heatmapDecimalsAndContrast() throws {
        let counts = try Heatmap.confusionMatrix([[9, 1], [0, 10]], classes: ["p", "q"])
        let elements = try Self.elements(counts.svg)
        let cells = elements.filter { $0.name == "text" && ($0.attribute("fill") ?? "").hasPrefix("#") }
        #expect(cells.map(\.text) == ["9", "1", "0", "10"])
        #expect(cells.map { $0.attribute("fill")! } == ["#FFFFFF", "#1A1A1A", "#1A1A1A", "#FFFFFF"])
        #expect(try Self.texts(counts.svg).contains("true class"))
        #expect(try Self.texts(counts.svg).contains("predicted class"))

        let rates = try Heatmap(title: "", values: [[0.25, 0.75]], rowLabels: ["r"], columnLabels: ["a", "b"])
        #expect(try Self.texts(rates.svg).contains("0.25"))
        let clamped = try Heatmap(title: "", values: [[5, -5]], rowLabels: ["r"], columnLabels: ["a", "b"], range: 0...1)
        let fills = try Self.elements(clamped.svg).filter { $0.name == "rect" && $0.attribute("stroke") != nil }
            .compactMap { $0.attribute("fill") }
        #expect(fills.prefix(2) == ["#08306B", "#F7FBFF"], "values outside the range take the end colours")

        func cellFills(_ value: Double) throws -> [String] {
            let flat = try Heatmap(title: "", values: [[value, value]], rowLabels: ["r"], columnLabels: ["a", "b"])
            return try Self.elements(flat.svg).filter { $0.name == "rect" && $0.attribute("stroke") != nil }
                .compactMap { $0.attribute("fill") }.prefix(2).map { $0 }
        }
        #expect(try cellFills(0) == ["#F7FBFF", "#F7FBFF"], "an all-zero matrix is light")
        #expect(try cellFills(3) == ["#08306B", "#08306B"], "a constant positive matrix is dark")
    }

    @Test func longLegendLabelsWrapThenShorten() throws {
        let name = String(repeating: "very long strategy name ", count: 4)
        let chart = try LineChart(title: "", series: [.init(name: name, x: [0, 1], y: [0, 1])])
        let lines = try Self.texts(chart.svg).suffix(3)
        #expect(lines.count == 3 && lines.last!.hasSuffix("…") && lines.joined(separator: " ").count < name.count)
        #expect(try MiniXML.parse(chart.svg).first { $0.attribute("class") == "series" }?.attribute("aria-label") == name)
    }

    @Test func twoLineLegendLabelKeepsEveryWord() throws {
        let chart = try LineChart(title: "", series: [.init(name: "core-set (k-center greedy)", x: [0, 1], y: [0, 1]),
                                                      .init(name: "random", x: [0, 1], y: [1, 0])])
        let texts = try Self.texts(chart.svg)
        #expect(Array(texts.suffix(3)) == ["core-set (k-center", "greedy)", "random"])
    }

    @Test func wrappingBreaksAtSpacesAndShortensOverflow() {
        #expect(TextMetrics.wrapped("a b", maxWidth: 100, size: 12, maxLines: 3) == ["a b"])
        #expect(TextMetrics.wrapped("", maxWidth: 100, size: 12, maxLines: 3) == [])
        let long = TextMetrics.wrapped(String(repeating: "x", count: 50), maxWidth: 60, size: 12, maxLines: 3)
        #expect(long.count == 1 && long[0].hasSuffix("…"))
        let many = TextMetrics.wrapped("one two three four five six", maxWidth: 40, size: 12, maxLines: 2)
        #expect(many.count == 2 && many[0] == "one" && many[1].hasSuffix("…"))
    }
}

import Testing
import NotebookRuntime
@testable import Charts

/// Properties every chart's output has: deterministic, strict XML, accessible, themeable,
/// fixed decimals.
@Suite struct OutputTests {
    static func examples() throws -> [(String, () throws -> String)] {
        [
            ("line", { try Examples.lineChart().svg }),
            ("scatter", { try Examples.scatterChart().svg }),
            ("bar vertical", { try Examples.barChart(.vertical).svg }),
            ("bar horizontal", { try Examples.barChart(.horizontal).svg }),
            ("heatmap", { try Examples.heatmap().svg }),
            ("image grid", { try Examples.imageGrid().svg }),
        ]
    }

    @Test func sameInputGivesIdenticalOutput() throws {
        for (kind, make) in try Self.examples() {
            #expect(try make() == make(), "\(kind) output differs between two renderings")
        }
    }

    @Test func rootIsAccessibleScalableSVG() throws {
        for (kind, make) in try Self.examples() {
            let elements = try MiniXML.parse(try make())
            let root = try #require(elements.first)
            #expect(root.name == "svg")
            #expect(root.attribute("xmlns") == "http://www.w3.org/2000/svg")
            #expect(root.attribute("role") == "img", "\(kind)")
            let viewBox = try #require(root.attribute("viewBox"))
            #expect(viewBox == "0 0 " + root.attribute("width")! + " " + root.attribute("height")!, "\(kind)")
            #expect(elements[1].name == "title" && !elements[1].text.isEmpty, "\(kind) lacks a <title> first")
            #expect(elements[2].name == "desc" && !elements[2].text.isEmpty, "\(kind) lacks a <desc>")
        }
    }

    /// Text and axes take the page's colour; no element fixes a text colour except the
    /// contrast-chosen values printed inside heatmap cells. Lines are axes, grid and error bars
    /// in the page colour, or legend samples in a series colour.
    @Test func textUsesCurrentColor() throws {
        for (kind, make) in try Self.examples() {
            let elements = try MiniXML.parse(try make())
            let texts = elements.filter { $0.name == "text" && $0.attribute("font-size") != nil }
            let fixed = texts.filter { $0.attribute("fill") != "currentColor" }
            if kind == "heatmap" {
                #expect(fixed.allSatisfy { ["#1A1A1A", "#FFFFFF"].contains($0.attribute("fill")) })
            } else {
                #expect(fixed.isEmpty, "\(kind) has text with a fixed colour")
            }
            let strokes = Set(elements.filter { $0.name == "line" }.compactMap { $0.attribute("stroke") })
            if kind != "image grid" {   // the one chart without axes
                #expect(strokes.contains("currentColor"), "\(kind) has no axis lines in currentColor")
            }
            #expect(strokes.isSubset(of: Palette.series + ["currentColor"]), "\(kind) line strokes: \(strokes.sorted())")
        }
    }

    /// Every number in a geometry attribute has exactly two decimals.
    @Test func coordinatesHaveTwoDecimals() throws {
        let geometry: Set<String> = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height"]
        for (kind, make) in try Self.examples() {
            for element in try MiniXML.parse(try make()) where element.name != "linearGradient" {
                for (name, value) in element.attributes where geometry.contains(name) {
                    let parts = value.split(separator: ".")
                    #expect(parts.count == 2 && parts[1].count == 2 && Double(value) != nil,
                            "\(kind): <\(element.name) \(name)=\"\(value)\">")
                }
            }
        }
    }

    @Test func displayOutputsAreTheSVG() throws {
        let line = try Examples.lineChart()
        #expect(line.displayOutputs == [.svg(line.svg)])
        let scatter = try Examples.scatterChart()
        #expect(scatter.displayOutputs == [.svg(scatter.svg)])
        let bar = try Examples.barChart(.vertical)
        #expect(bar.displayOutputs == [.svg(bar.svg)])
        let heatmap = try Examples.heatmap()
        #expect(heatmap.displayOutputs == [.svg(heatmap.svg)])
    }

    @Test func clipIdentifierIsStableAndDependsOnData() throws {
        func clipID(_ y: Double, range: ClosedRange<Double>? = nil) throws -> String? {
            let svg = try LineChart(title: "t", series: [.init(name: "s", x: [0, 1], y: [0, y])], yRange: range).svg
            return try MiniXML.parse(svg).first { $0.name == "clipPath" }?.attribute("id")
        }
        #expect(try clipID(1) == clipID(1))
        #expect(try clipID(1, range: 0...2) != clipID(2, range: 0...2))
        #expect(try clipID(1)?.hasPrefix("nbc-") == true)
    }
}

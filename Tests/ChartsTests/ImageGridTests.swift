import Testing
import NotebookRuntime
@testable import Charts

@Suite struct ImageGridTests {
    @Test func drawsOneSquarePerNonZeroPixelInGrey() throws {
        let svg = try Examples.imageGrid().svg
        let elements = try MiniXML.parse(svg)
        let images = elements.filter { $0.name == "g" && $0.attribute("class") == "image" }
        #expect(images.count == 4)
        // A frame per image plus the non-zero pixels: 4 + (4 + 3 + 4 + 0).
        #expect(elements.filter { $0.name == "rect" }.count == 15)
        // 16 is black, 8 is 255 − round(127.5) = 127.
        #expect(svg.contains("fill=\"#000000\"") && svg.contains("fill=\"#7F7F7F\""))
        #expect(svg.contains("label &lt;0&gt;") && svg.contains("Images &amp; their copies"))
    }

    @Test func invalidInputThrows() {
        #expect(throws: ChartError.self) {
            try ImageGrid(columnTitles: ["a"], rows: [.init(title: "r", images: [[1, 2, 3]])], pixelsWide: 2, pixelsHigh: 2)
        }
        #expect(throws: ChartError.self) {
            try ImageGrid(columnTitles: ["a", "b"], rows: [.init(title: "r", images: [[1, 2, 3, 4]])], pixelsWide: 2, pixelsHigh: 2)
        }
        #expect(throws: ChartError.self) {
            try ImageGrid(columnTitles: ["a"], rows: [.init(title: "r", images: [[1, .nan, 3, 4]])], pixelsWide: 2, pixelsHigh: 2)
        }
        #expect(throws: ChartError.self) { try ImageGrid(columnTitles: ["a"], rows: [], pixelsWide: 2, pixelsHigh: 2) }
    }
}

import Testing
@testable import Charts

/// Each example chart compared byte for byte with its recorded SVG under Fixtures/.
@Suite struct SnapshotTests {
    @Test func lineChart() throws {
        Snapshot.expect(try Examples.lineChart().svg, matches: "line-chart.svg")
    }

    @Test func scatterChart() throws {
        Snapshot.expect(try Examples.scatterChart().svg, matches: "scatter-chart.svg")
    }

    @Test func verticalBarChart() throws {
        Snapshot.expect(try Examples.barChart(.vertical).svg, matches: "bar-chart-vertical.svg")
    }

    @Test func horizontalBarChart() throws {
        Snapshot.expect(try Examples.barChart(.horizontal).svg, matches: "bar-chart-horizontal.svg")
    }

    @Test func heatmap() throws {
        Snapshot.expect(try Examples.heatmap().svg, matches: "heatmap.svg")
    }
}

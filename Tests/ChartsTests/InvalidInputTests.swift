import Testing
import Charts

/// Invalid input throws a `ChartError` naming the chart, field and position; it never traps.
@Suite struct InvalidInputTests {
    @Test func lineChartErrors() {
        #expect(throws: ChartError.noData(chart: "LineChart", detail: "no series")) {
            try LineChart(title: "t", series: [])
        }
        #expect(throws: ChartError.noData(chart: "LineChart", detail: "series \"a\" has no points")) {
            try LineChart(title: "t", series: [.init(name: "a", x: [], y: [])])
        }
        #expect(throws: ChartError.lengthMismatch(chart: "LineChart", field: "series \"a\" y", expected: 3, actual: 2)) {
            try LineChart(title: "t", series: [.init(name: "a", x: [1, 2, 3], y: [1, 2])])
        }
        #expect(throws: ChartError.lengthMismatch(chart: "LineChart", field: "series \"a\" spread", expected: 2, actual: 1)) {
            try LineChart(title: "t", series: [.init(name: "a", x: [1, 2], y: [1, 2], spread: [0])])
        }
        #expect(throws: ChartError.notFinite(chart: "LineChart", field: "series \"b\" y", index: 1)) {
            try LineChart(title: "t", series: [.init(name: "a", x: [1], y: [1]), .init(name: "b", x: [1, 2], y: [1, .nan])])
        }
        #expect(throws: ChartError.notFinite(chart: "LineChart", field: "series \"a\" x", index: 0)) {
            try LineChart(title: "t", series: [.init(name: "a", x: [.infinity], y: [1])])
        }
        #expect(throws: ChartError.invalidValue(chart: "LineChart", field: "series \"a\" spread[1]", reason: "is negative")) {
            try LineChart(title: "t", series: [.init(name: "a", x: [1, 2], y: [1, 2], spread: [0, -1])])
        }
        #expect(throws: ChartError.invalidValue(chart: "LineChart", field: "yRange", reason: "must have positive width")) {
            try LineChart(title: "t", series: [.init(name: "a", x: [1], y: [1])], yRange: 1...1)
        }
        #expect(throws: ChartError.notFinite(chart: "LineChart", field: "reference y", index: nil)) {
            try LineChart(title: "t", series: [.init(name: "a", x: [1], y: [1])], reference: .init(y: .nan, label: "r"))
        }
        #expect(throws: ChartError.self) {
            try LineChart(title: "t", series: [.init(name: "a", x: [1], y: [1])], width: 50)
        }
    }

    @Test func scatterChartErrors() {
        #expect(throws: ChartError.noData(chart: "ScatterChart", detail: "no points")) {
            try ScatterChart(title: "t", points: [])
        }
        #expect(throws: ChartError.indexOutOfRange(chart: "ScatterChart", field: "points[1].group", index: 2, count: 2)) {
            try ScatterChart(title: "t", groups: ["a", "b"], points: [.init(x: 0, y: 0, group: 1), .init(x: 0, y: 0, group: 2)])
        }
        #expect(throws: ChartError.indexOutOfRange(chart: "ScatterChart", field: "points[0].role", index: -1, count: 1)) {
            try ScatterChart(title: "t", points: [.init(x: 0, y: 0, role: -1)])
        }
        #expect(throws: ChartError.notFinite(chart: "ScatterChart", field: "points[0].y", index: nil)) {
            try ScatterChart(title: "t", points: [.init(x: 0, y: -.infinity)])
        }
        #expect(throws: ChartError.self) { try ScatterChart(title: "t", groups: [], points: [.init(x: 0, y: 0)]) }
        #expect(throws: ChartError.self) { try ScatterChart(title: "t", roles: [], points: [.init(x: 0, y: 0)]) }
    }

    @Test func barChartErrors() {
        #expect(throws: ChartError.noData(chart: "BarChart", detail: "no bars")) { try BarChart(title: "t", bars: []) }
        #expect(throws: ChartError.notFinite(chart: "BarChart", field: "bars[0] (\"a\") value", index: nil)) {
            try BarChart(title: "t", bars: [.init(label: "a", value: .nan)])
        }
        #expect(throws: ChartError.notFinite(chart: "BarChart", field: "bars[1] (\"b\") interval upper", index: nil)) {
            try BarChart(title: "t", bars: [.init(label: "a", value: 1),
                                           .init(label: "b", value: 1, interval: .init(lower: 0, upper: .infinity))])
        }
        #expect(throws: ChartError.invalidValue(chart: "BarChart", field: "bars[0] (\"a\") interval",
                                                reason: "has lower end above upper end")) {
            try BarChart(title: "t", bars: [.init(label: "a", value: 1, interval: .init(lower: 2, upper: 0))])
        }
    }

    @Test func heatmapErrors() {
        #expect(throws: ChartError.noData(chart: "Heatmap", detail: "no rows")) {
            try Heatmap(title: "t", values: [], rowLabels: [], columnLabels: ["a"])
        }
        #expect(throws: ChartError.lengthMismatch(chart: "Heatmap", field: "values[1]", expected: 2, actual: 1)) {
            try Heatmap(title: "t", values: [[1, 2], [3]], rowLabels: ["a", "b"], columnLabels: ["x", "y"])
        }
        #expect(throws: ChartError.lengthMismatch(chart: "Heatmap", field: "rowLabels", expected: 2, actual: 1)) {
            try Heatmap(title: "t", values: [[1], [2]], rowLabels: ["a"], columnLabels: ["x"])
        }
        #expect(throws: ChartError.notFinite(chart: "Heatmap", field: "values[0]", index: 1)) {
            try Heatmap(title: "t", values: [[1, .nan]], rowLabels: ["a"], columnLabels: ["x", "y"])
        }
        #expect(throws: ChartError.lengthMismatch(chart: "Heatmap", field: "confusion matrix rows (one per class)",
                                                  expected: 3, actual: 2)) {
            try Heatmap.confusionMatrix([[1, 2], [3, 4]], classes: ["a", "b", "c"])
        }
        #expect(throws: ChartError.lengthMismatch(chart: "Heatmap", field: "confusion matrix row 1 (one column per class)",
                                                  expected: 2, actual: 3)) {
            try Heatmap.confusionMatrix([[1, 2], [3, 4, 5]], classes: ["a", "b"])
        }
    }

    @Test func messagesNameChartFieldAndPosition() {
        #expect(ChartError.notFinite(chart: "LineChart", field: "series \"a\" y", index: 3).description
            == "LineChart: series \"a\" y[3] is not a finite number (NaN or infinite)")
        #expect(ChartError.lengthMismatch(chart: "Heatmap", field: "values[1]", expected: 2, actual: 1).description
            == "Heatmap: values[1] has 1 values but 2 were expected")
        #expect(ChartError.indexOutOfRange(chart: "ScatterChart", field: "points[4].group", index: 3, count: 3).description
            == "ScatterChart: points[4].group is 3, outside 0..<3")
        #expect(ChartError.noData(chart: "BarChart", detail: "no bars").description == "BarChart: nothing to draw: no bars")
    }
}

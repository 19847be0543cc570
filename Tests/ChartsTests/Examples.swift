@testable import Charts

/// One realistic example of each chart, shared by the snapshot tests (their fixtures double as
/// previews of how each chart looks).
enum Examples {
    /// Learning curves of three strategies over 10 seeds on iris, with a full-data reference.
    static func lineChart() throws -> LineChart {
        let labels: [Double] = [6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36]
        return try LineChart(
            title: "Iris: test accuracy as labels are added",
            xLabel: "labeled examples", yLabel: "test accuracy",
            series: [
                .init(name: "random", x: labels,
                      y: [0.58, 0.66, 0.73, 0.78, 0.82, 0.85, 0.87, 0.89, 0.90, 0.91, 0.92],
                      spread: [0.10, 0.09, 0.08, 0.07, 0.06, 0.05, 0.05, 0.04, 0.04, 0.03, 0.03]),
                .init(name: "least confidence", x: labels,
                      y: [0.58, 0.70, 0.80, 0.86, 0.90, 0.92, 0.93, 0.94, 0.94, 0.95, 0.95],
                      spread: [0.10, 0.08, 0.06, 0.05, 0.04, 0.03, 0.03, 0.02, 0.02, 0.02, 0.02]),
                .init(name: "margin", x: labels,
                      y: [0.58, 0.72, 0.82, 0.88, 0.91, 0.93, 0.94, 0.95, 0.95, 0.96, 0.96],
                      spread: [0.10, 0.08, 0.06, 0.04, 0.03, 0.03, 0.02, 0.02, 0.02, 0.02, 0.01]),
            ],
            yRange: 0.4...1,
            reference: .init(y: 0.96, label: "full-data accuracy 0.96"))
    }

    /// A PCA-like projection of a 3-class pool: 90 points from a fixed linear congruential
    /// sequence, 9 of them labeled and 3 queried this round.
    static func scatterChart() throws -> ScatterChart {
        var state: UInt64 = 42
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let centers = [(-2.6, 0.2), (0.4, -0.5), (1.9, 0.4)]
        var points: [ScatterChart.Point] = []
        for index in 0..<90 {
            let group = index % 3
            let x = centers[group].0 + (uniform() + uniform() + uniform() - 1.5) * 0.9
            let y = centers[group].1 + (uniform() + uniform() + uniform() - 1.5) * 0.8
            let role = index < 9 ? 1 : (index < 12 ? 2 : 0)
            points.append(.init(x: x, y: y, group: group, role: role))
        }
        return try ScatterChart(title: "Iris pool after round 1 (PCA projection)",
                                xLabel: "principal component 1", yLabel: "principal component 2",
                                groups: ["setosa", "versicolor", "virginica"],
                                roles: [.pool, .labeled, .queried], points: points)
    }

    /// Differences in AULC from the random baseline with 95% intervals, one negative.
    static func barChart(_ orientation: BarChart.Orientation) throws -> BarChart {
        try BarChart(
            title: "AULC difference from random (95% interval over 10 seeds)",
            valueLabel: "Δ AULC vs random", categoryLabel: "strategy",
            bars: [
                .init(label: "least confidence", value: 0.031, interval: .init(lower: 0.012, upper: 0.050)),
                .init(label: "margin", value: 0.038, interval: .init(lower: 0.021, upper: 0.055)),
                .init(label: "entropy", value: 0.027, interval: .around(0.027, halfWidth: 0.019)),
                .init(label: "most confident (article)", value: -0.044, interval: .init(lower: -0.070, upper: -0.018)),
            ],
            orientation: orientation, valueDecimals: 3)
    }

    /// A 3-class confusion matrix.
    static func heatmap() throws -> Heatmap {
        try Heatmap.confusionMatrix([[15, 0, 0], [0, 13, 2], [0, 1, 14]],
                                    classes: ["setosa", "versicolor", "virginica"],
                                    title: "Iris confusion matrix (margin, 36 labels)")
    }

    /// Two rows of two 3 × 2 images, one blank.
    static func imageGrid() throws -> ImageGrid {
        try ImageGrid(title: "Images & their copies", columnTitles: ["label <0>", "label 1"],
                      rows: [.init(title: "original", images: [[0, 8, 16, 0, 4, 12], [16, 16, 16, 0, 0, 0]]),
                             .init(title: "shifted", images: [[8, 16, 0, 4, 12, 0], [0, 0, 0, 0, 0, 0]])],
                      pixelsWide: 3, pixelsHigh: 2, maxValue: 16)
    }
}

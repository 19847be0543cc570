import Charts
import NotebookRuntime

extension Comparison {
    /// The learning curves as a chart: mean test accuracy per strategy against the number of
    /// labels, ± one standard deviation over seeds as a band, with the full-data accuracy as a
    /// reference line. Throws only for data a chart cannot draw (non-finite values).
    public func learningCurveChart(title: String? = nil) throws -> LineChart {
        let series = curves.map { LineChart.Series($0) }
        let lowest = curves.flatMap { zip($0.accuracyMean, $0.accuracyStandardDeviation).map { $0 - $1 } }.min() ?? 0
        let floor = lowest.isFinite ? max(0, (lowest * 10).rounded(.down) / 10) : 0
        return try LineChart(
            title: title ?? "Test accuracy as labels are added",
            xLabel: "labeled examples", yLabel: "test accuracy (mean ± sd over seeds)",
            series: series, yRange: floor...1,
            reference: .init(y: fullDataAccuracy, label: "all labels: \(FixedDecimal.string(fullDataAccuracy, decimals: 3))"))
    }

    /// The SVG shown after the table; a chart that cannot be drawn shows its reason as text.
    func chartOutputs() -> [DisplayOutput] {
        do {
            return try learningCurveChart().displayOutputs
        } catch {
            return [.plain("chart not drawn: \(error)")]
        }
    }
}

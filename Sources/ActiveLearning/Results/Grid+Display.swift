import Charts
import NotebookRuntime

extension Grid: NotebookDisplayable, CustomStringConvertible {
    /// The table, then the difference chart (or why it could not be drawn).
    public var displayOutputs: [DisplayOutput] {
        let chart: [DisplayOutput]
        do { chart = try differenceChart().displayOutputs } catch { chart = [.plain("chart not drawn: \(error)")] }
        return table.displayOutputs + chart
    }

    /// One row per variant (first column titled `variantTitle`): for each strategy, the AULC of the mean curve and the paired
    /// difference from the baseline variant with its 95% interval ("baseline" on its own row).
    public var table: Table {
        let header = [variantTitle] + strategies.flatMap { ["AULC, \($0.shortName)", "Δ \($0.shortName) [95% CI]"] }
        let rows = cells.map { row in
            [row[0].variant.name] + row.flatMap { cell in
                [fixed(cell.aulc), cell.isBaseline ? "baseline" : cell.difference.signedWithInterval()]
            }
        }
        return Table(header: header, rows: rows, caption: setting)
    }

    /// Horizontal bars, one per non-baseline variant and strategy ("rotation, margin"): the mean
    /// AULC difference from the baseline variant with its 95% interval.
    public func differenceChart(title: String? = nil, valueLabel: String? = nil) throws -> BarChart {
        let bars = cells.joined().filter { !$0.isBaseline }.map { cell in
            BarChart.Bar(label: "\(cell.variant.shortName), \(cell.strategy.shortName)", cell.difference)
        }
        return try BarChart(title: title ?? "AULC minus \(baseline.shortName)'s, by strategy",
                            valueLabel: valueLabel ?? "Δ AULC vs \(baseline.shortName) (95% CI)",
                            bars: bars, orientation: .horizontal, valueDecimals: 3,
                            height: max(160, 80 + 34 * Double(bars.count)))
    }

    public var description: String { setting + "\n" + table.description }
}

import NotebookRuntime

extension Comparison: NotebookDisplayable, CustomStringConvertible {
    /// The comparison table as HTML, then the chart outputs.
    public var displayOutputs: [DisplayOutput] { [.html(htmlTable)] + chartOutputs() }

    /// Column titles shared by the HTML and text tables.
    var headers: [String] {
        ["strategy", "final accuracy (mean ± sd)", "final macro-F1", "AULC",
         "Δ AULC vs random [95% CI]", "labels to \(Int((targetFraction * 100).rounded()))% of full-data accuracy"]
    }

    /// The cells of every row, formatted with fixed decimals.
    var cells: [[String]] {
        rows.map { row in
            let difference = row.isBaseline ? "baseline" : row.difference.signedWithInterval()
            return [row.strategy.name,
                    "\(fixed(row.finalAccuracy.mean)) ± \(fixed(row.finalAccuracy.standardDeviation))",
                    fixed(row.finalMacroF1.mean),
                    fixed(row.aulc.mean),
                    difference,
                    row.labelsToTarget.map(String.init) ?? "not reached"]
        }
    }

    /// The caption: set-up, full-data accuracy and target.
    var caption: String {
        "\(setting). Full-data accuracy \(fixed(fullDataAccuracy)); target \(fixed(targetAccuracy)). "
            + "AULC is the mean of the accuracy curve over the label budget."
    }

    /// An HTML table; every text goes through `Escape`.
    public var htmlTable: String {
        ActiveLearning.htmlTable([headers] + cells, class: "al-comparison", caption: caption)
    }

    /// A plain-text table with aligned columns, for `print`.
    public var description: String {
        caption + "\n" + textTable([headers] + cells)
    }
}

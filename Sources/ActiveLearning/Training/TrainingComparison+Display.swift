import NotebookRuntime

extension TrainingComparison: NotebookDisplayable, CustomStringConvertible {
    /// Header and one row per scheme: for each noise level, accuracy mean ± sd and the paired
    /// difference from the constant scheme with its 95% t interval.
    var table: [[String]] {
        var header = ["training"]
        for level in noiseLevels {
            let label = level == 0 ? "clean labels" : "\(Int((level * 100).rounded()))% flipped"
            header += ["\(label): accuracy", "\(label): Δ vs constant [95% CI]"]
        }
        return [header] + schemes.map { scheme in
            var row = [scheme.name]
            for level in noiseLevels {
                let summary = accuracy(scheme, noise: level) ?? Summary([])
                row.append("\(fixed(summary.mean)) ± \(fixed(summary.standardDeviation))")
                if scheme == .constant {
                    row.append("baseline")
                } else if let d = differenceFromConstant(scheme, noise: level) {
                    let ci = d.interval.map { " [\(signed($0.lowerBound)), \(signed($0.upperBound))]" } ?? ""
                    row.append(signed(d.mean) + ci)
                } else {
                    row.append("–")
                }
            }
            return row
        }
    }

    public var displayOutputs: [DisplayOutput] { [.html(htmlTable(table, class: "al-training", caption: setting))] }
    public var description: String { setting + "\n" + textTable(table) }
}

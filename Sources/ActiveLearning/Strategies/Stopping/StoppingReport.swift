import NotebookRuntime

/// Where each stopping rule would have stopped a run, against running to the end. Shows as an
/// HTML table under a notebook cell.
public struct StoppingReport: Sendable, NotebookDisplayable, CustomStringConvertible {
    /// One rule's verdict.
    public struct Row: Sendable {
        public let criterion: String
        /// Labels held when the rule fired; nil if it never did.
        public let labels: Int?
        /// Test accuracy at that point.
        public let accuracy: Double?
    }

    public let rows: [Row]
    /// Labels and accuracy at the end of the run.
    public let finalLabels: Int
    public let finalAccuracy: Double

    /// Applies every criterion to `trace`.
    public init(_ trace: StoppingTrace, criteria: [any StoppingCriterion]) throws {
        rows = try criteria.map { criterion in
            let index = try criterion.stopIndex(in: trace)
            return Row(criterion: criterion.name, labels: index.map { trace.labels[$0] }, accuracy: index.map { trace.accuracy[$0] })
        }
        finalLabels = trace.labels.last ?? 0
        finalAccuracy = trace.accuracy.last ?? 0
    }

    var table: [[String]] {
        [["criterion", "stops at labels", "accuracy then", "labels saved", "accuracy at the end"]] + rows.map { row in
            [row.criterion, row.labels.map(String.init) ?? "never", row.accuracy.map { fixed($0) } ?? "–",
             row.labels.map { String(finalLabels - $0) } ?? "0", "\(fixed(finalAccuracy)) at \(finalLabels)"]
        }
    }

    public var displayOutputs: [DisplayOutput] { [.html(htmlTable(table, class: "al-stopping"))] }
    public var description: String { textTable(table) }
}

import LinearAlgebra

extension Dataset {
    /// The two parts of the TREC question-classification data.
    public enum TRECPart: String, Sendable {
        /// 5452 training questions (`train_5500.label`).
        case train
        /// 500 test questions (`TREC_10.label`).
        case test
    }

    /// The six coarse TREC classes, in label order.
    public static let trecClasses = ["ABBR", "DESC", "ENTY", "HUM", "LOC", "NUM"]

    /// TREC question classification (Li & Roth, COLING 2002), coarse labels (6 classes).
    ///
    /// The questions are kept as `.text` items; the feature matrix has no columns until the
    /// caller supplies features with `withFeatures(_:)` (e.g. sentence embeddings).
    public static func trec(_ part: TRECPart = .train) throws(DataError) -> Dataset {
        let file = part == .train ? "train_5500.label" : "TREC_10.label"
        let text = try bundledText(file)
        var labels: [Int] = []
        var items: [Item] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty { continue }
            guard let colon = trimmed.firstIndex(of: ":"), let space = trimmed.firstIndex(of: " "), colon < space,
                  let label = trecClasses.firstIndex(of: String(trimmed[..<colon])) else {
                throw .malformedLine(file: file, line: lineNumber, reason: "expected `COARSE:fine question`")
            }
            labels.append(label)
            items.append(.text(String(trimmed[trimmed.index(after: space)...])))
        }
        guard !labels.isEmpty else { throw .emptyFile(file: file) }
        return try Dataset(name: "trec-\(part.rawValue)", features: Matrix(rows: labels.count, columns: 0),
                           labels: labels, classNames: trecClasses, items: items)
    }

    /// The texts of `.text` items, in row order (empty when there are no text items).
    public var texts: [String] {
        (items ?? []).compactMap { if case let .text(text) = $0 { text } else { nil } }
    }
}

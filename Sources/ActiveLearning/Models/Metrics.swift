/// Classification scores used after every round.
public enum Metrics {
    /// The fraction of positions where `predicted` equals `truth` (0 for empty input).
    public static func accuracy(truth: [Int], predicted: [Int]) -> Double {
        guard !truth.isEmpty else { return 0 }
        return Double(zip(truth, predicted).filter { $0 == $1 }.count) / Double(truth.count)
    }

    /// Macro-averaged F1, as scikit-learn's `f1_score(average: "macro")`: the unweighted mean,
    /// over every class that occurs in `truth` or `predicted`, of `2 TP / (2 TP + FP + FN)`.
    public static func macroF1(truth: [Int], predicted: [Int]) -> Double {
        let count = min(truth.count, predicted.count)
        guard count > 0 else { return 0 }
        let classes = ClassSlots(truth[..<count], predicted[..<count])
        var tp = [Int](repeating: 0, count: classes.count), fp = tp, fn = tp
        for i in 0..<count {
            let t = classes.slot(of: truth[i]), p = classes.slot(of: predicted[i])
            if t == p { tp[t] += 1 } else { fp[p] += 1; fn[t] += 1 }
        }
        // Sum in class order (slots are in increasing label order) over the classes that occur:
        // exactly those with 2 TP + FP + FN > 0.
        var total = 0.0, present = 0
        for slot in 0..<classes.count {
            let denominator = 2 * tp[slot] + fp[slot] + fn[slot]
            guard denominator > 0 else { continue }
            total += Double(2 * tp[slot]) / Double(denominator)
            present += 1
        }
        return total / Double(present)
    }
}

/// Numbers the labels of a comparison in increasing order, for per-class counts in arrays: a
/// label's slot is its offset from the smallest when the labels span fewer than 2¹⁶ values
/// (class indices), else its rank among the distinct labels.
private struct ClassSlots {
    let smallest: Int
    let ranks: [Int: Int]?
    let count: Int

    init(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>) {
        let smallest = min(a.min() ?? 0, b.min() ?? 0), largest = max(a.max() ?? 0, b.max() ?? 0)
        let (span, overflow) = largest.subtractingReportingOverflow(smallest)
        self.smallest = smallest
        if !overflow && span < 1 << 16 {
            (ranks, count) = (nil, span + 1)
        } else {
            let distinct = Set(a).union(b).sorted()
            (ranks, count) = (Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) }), distinct.count)
        }
    }

    func slot(of label: Int) -> Int { ranks?[label] ?? label &- smallest }
}

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
        var counts: [Int: (tp: Int, fp: Int, fn: Int)] = [:]
        for (t, p) in zip(truth, predicted) {
            if t == p {
                counts[t, default: (0, 0, 0)].tp += 1
            } else {
                counts[p, default: (0, 0, 0)].fp += 1
                counts[t, default: (0, 0, 0)].fn += 1
            }
        }
        guard !counts.isEmpty else { return 0 }
        // Sum in class order so the result does not depend on dictionary iteration order.
        let total = counts.keys.sorted().map { counts[$0]! }.reduce(0.0) { sum, c in
            let denominator = 2 * c.tp + c.fp + c.fn
            return sum + (denominator == 0 ? 0 : Double(2 * c.tp) / Double(denominator))
        }
        return total / Double(counts.count)
    }
}

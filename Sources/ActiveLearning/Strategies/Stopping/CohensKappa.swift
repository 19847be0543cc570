/// Cohen's kappa between two labelings of the same items: agreement corrected for chance,
///
///     κ = (p_o − p_e) / (1 − p_e),   p_o = fraction of equal labels,
///     p_e = Σ_c (share of c in a) · (share of c in b)
///
/// 1 for identical labelings; 0 for chance agreement. When both labelings put every item in
/// the same single class (`p_e = 1`), κ is defined as 1.
public func cohensKappa(_ a: [Int], _ b: [Int]) throws(StrategyError) -> Double {
    guard a.count == b.count, !a.isEmpty else {
        throw .shapeMismatch(strategy: "Cohen's kappa", reason: "needs two non-empty labelings of equal length, got \(a.count) and \(b.count)")
    }
    let n = Double(a.count)
    var countsA: [Int: Double] = [:], countsB: [Int: Double] = [:]
    var agree = 0.0
    for (x, y) in zip(a, b) {
        countsA[x, default: 0] += 1
        countsB[y, default: 0] += 1
        if x == y { agree += 1 }
    }
    let observed = agree / n
    let expected = countsA.keys.sorted().reduce(0.0) { $0 + countsA[$1]! * (countsB[$1] ?? 0) / (n * n) }
    return expected >= 1 ? 1 : (observed - expected) / (1 - expected)
}

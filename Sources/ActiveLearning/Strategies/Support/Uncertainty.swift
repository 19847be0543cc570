import Foundation
import LinearAlgebra

/// A non-negative uncertainty of one predicted distribution `p` (larger = less sure):
///
/// - `leastConfidence`: `1 − max_k p_k`
/// - `margin`: `1 − (p_(1) − p_(2))`, one minus the gap between the two most probable classes
/// - `entropy`: `−Σ_k p_k log p_k` (natural log, `0 log 0 = 0`)
public enum Uncertainty: String, Sendable, CaseIterable {
    case leastConfidence = "least confidence"
    case margin
    case entropy

    /// The uncertainty of one probability row.
    public func score(_ row: ArraySlice<Double>) -> Double {
        switch self {
        case .leastConfidence: return 1 - topTwo(row).first
        case .margin: let (a, b) = topTwo(row); return 1 - (a - b)
        case .entropy: return -row.reduce(0) { $1 > 0 ? $0 + $1 * Math.log($1) : $0 }
        }
    }

    /// The uncertainty of every row of `probabilities`.
    public func scores(_ probabilities: Matrix) -> [Double] {
        if self == .entropy { return Self.entropies(probabilities) }
        return (0..<probabilities.rows).map { score(probabilities.row($0)) }
    }

    /// `−Σ_k p_k log p_k` of every row, each sum in column order over the positive `p_k`, as
    /// `score` computes it; the logarithms come four at a time (`KernelPath.logarithms`, the
    /// bits of `Math.log`).
    static func entropies(_ probabilities: Matrix) -> [Double] {
        let p = probabilities.values, columns = probabilities.columns
        guard !p.isEmpty else { return [Double](repeating: -0.0, count: probabilities.rows) }
        var logs = [Double](repeating: 0, count: p.count)
        p.withUnsafeBufferPointer { p in
            logs.withUnsafeMutableBufferPointer { KernelPath.current.logarithms(of: p.baseAddress!, into: $0.baseAddress!, count: p.count) }
        }
        return (0..<probabilities.rows).map { r in
            var total = 0.0
            for i in r * columns ..< (r + 1) * columns where p[i] > 0 { total = total + p[i] * logs[i] }
            return -total
        }
    }
}

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
        (0..<probabilities.rows).map { score(probabilities.row($0)) }
    }
}

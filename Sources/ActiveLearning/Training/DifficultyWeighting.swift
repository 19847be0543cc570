import Foundation
import LinearAlgebra

/// How much each training example counts, from how hard it is for the current model: its
/// probability `p_i` of the given label (loss `ℓ_i = −log p_i`), recomputed at the start of
/// every epoch. Weights multiply the example's gradient — under SGD, a per-example learning-rate
/// multiplier. The smooth schemes are normalised to mean 1 over the training set, so only the
/// relative emphasis changes, not the overall step size.
public enum DifficultyWeighting: Sendable, Hashable {
    /// Every example weight 1 — the usual constant learning rate.
    case constant
    /// The article's proposal, smaller steps for hard examples: `w_i ∝ exp(−ℓ_i / T) = p_i^(1/T)`.
    /// Robust to wrong labels, which stay hard; may neglect genuinely hard examples.
    case downweightHard(temperature: Double)
    /// The opposite, focal-style (Lin et al. 2017): `w_i ∝ (1 − p_i)^γ`, emphasis on hard examples.
    case focal(gamma: Double)
    /// Self-paced curriculum (Kumar et al. 2010): only the easiest fraction `λ_t` of examples
    /// (lowest loss) has weight 1, the rest 0; `λ_t` grows linearly from `start` to 1 over the
    /// first `growth` fraction of the epochs — easy first, everything at the end.
    case selfPaced(start: Double, growth: Double)

    /// The four schemes with their usual settings: constant, downweight hard (T = 1),
    /// focal (γ = 2), self-paced (start 0.5, growth 0.5).
    public static let standard: [DifficultyWeighting] = [
        .constant, .downweightHard(temperature: 1), .focal(gamma: 2), .selfPaced(start: 0.5, growth: 0.5),
    ]

    /// A short name for tables.
    public var name: String {
        switch self {
        case .constant: return "constant"
        case let .downweightHard(t): return "hard examples down (T = \(formatParameter(t)))"
        case let .focal(g): return "focal, hard examples up (γ = \(formatParameter(g)))"
        case let .selfPaced(s, g): return "self-paced curriculum (start \(formatParameter(s)), growth \(formatParameter(g)))"
        }
    }

    /// A short name for chart labels: "constant", "hard down", "focal", "self-paced".
    public var shortName: String {
        switch self {
        case .constant: return "constant"
        case .downweightHard: return "hard down"
        case .focal: return "focal"
        case .selfPaced: return "self-paced"
        }
    }

    /// The weight of every example at `epoch` (0-based) of `epochs`, from the probabilities the
    /// current model gives to each example's label.
    public func weights(trueClassProbabilities p: [Double], epoch: Int, epochs: Int) -> [Double] {
        switch self {
        case .constant:
            return p.map { _ in 1 }
        case let .downweightHard(t):
            return normalisedToMeanOne(p.map { Math.pow(max($0, 1e-300), 1 / t) })
        case let .focal(gamma):
            return normalisedToMeanOne(p.map { Math.pow(max(1 - $0, 0), gamma) })
        case let .selfPaced(start, growth):
            let progress = growth > 0 ? min(1, Double(epoch) / (growth * Double(epochs))) : 1
            let fraction = start + (1 - start) * progress
            let included = min(p.count, max(1, Int((fraction * Double(p.count)).rounded(.up))))
            let easiest = p.indices.sorted { p[$0] != p[$1] ? p[$0] > p[$1] : $0 < $1 }.prefix(included)
            var w = [Double](repeating: 0, count: p.count)
            for i in easiest { w[i] = 1 }
            return w
        }
    }

    /// Throws unless the parameters are in range.
    func validate() throws(ModelError) {
        func bad(_ parameter: String, _ value: Double, _ requirement: String) -> ModelError {
            .invalidParameter(model: "difficulty weighting \(name)", parameter: parameter, value: "\(value)", requirement: requirement)
        }
        switch self {
        case .constant: break
        case let .downweightHard(t): guard t > 0, t.isFinite else { throw bad("temperature", t, "a positive number") }
        case let .focal(g): guard g >= 0, g.isFinite else { throw bad("gamma", g, "a finite number ≥ 0") }
        case let .selfPaced(s, g):
            guard s > 0, s <= 1 else { throw bad("start", s, "in (0, 1]") }
            guard g >= 0, g <= 1 else { throw bad("growth", g, "in [0, 1]") }
        }
    }
}

/// `values` scaled so their mean is 1 (all ones when they sum to zero).
func normalisedToMeanOne(_ values: [Double]) -> [Double] {
    let total = values.reduce(0, +)
    guard total > 0, total.isFinite else { return values.map { _ in 1 } }
    let scale = Double(values.count) / total
    return values.map { $0 * scale }
}

import Foundation
import LinearAlgebra

/// Query by committee (Seung et al. 1992; bagging committees after Abe & Mamitsuka 1998): fit
/// `members` copies of the study's model, each on a bootstrap resample of the labeled set, and
/// query where they disagree most.
///
/// The bootstrap is stratified — each class's examples are resampled with replacement to the
/// same count — so every member sees every labeled class and can be fitted. Disagreement is
/// either vote entropy or the mean KL divergence to the consensus (see `Disagreement`).
public struct QueryByCommittee: ContextScoringStrategy {
    /// How disagreement among member distributions `P_1 … P_M` is scored.
    public enum Disagreement: String, Sendable, CaseIterable {
        /// `−Σ_c (V_c / M) log(V_c / M)`, `V_c` = members whose most probable class is `c`.
        case voteEntropy = "vote entropy"
        /// `(1/M) Σ_m KL(P_m ‖ P̄)`, with the consensus `P̄ = (1/M) Σ_m P_m`.
        case kullbackLeibler = "KL to consensus"
    }

    /// Committee size (at least 2).
    public var members: Int
    /// The disagreement measure.
    public var disagreement: Disagreement

    public init(members: Int = 5, disagreement: Disagreement = .voteEntropy) {
        self.members = members
        self.disagreement = disagreement
    }

    /// The name without its settings.

    public var shortName: String { "query by committee" }

    public var name: String { "query by committee (\(members), \(disagreement.rawValue))" }

    public func scores(in context: QueryContext, using generator: inout SeededGenerator) throws -> [Double] {
        try require(members >= 2, name, "members", members, "at least 2")
        try checkCandidates(context, name)
        let committee = try baggingCommittee(context, using: &generator)
        return try disagreement.scores(committee)
    }

    /// Candidate probabilities of every member, each fitted on a stratified bootstrap resample.
    func baggingCommittee(_ context: QueryContext, using generator: inout SeededGenerator) throws -> [Matrix] {
        var byClass: [Int: [Int]] = [:]
        for (position, label) in context.labels.enumerated() { byClass[label, default: []].append(position) }
        let groups = byClass.keys.sorted().map { byClass[$0]! }
        return try (0..<members).map { _ in
            var rows: [Int] = [], labels: [Int] = []
            for group in groups {
                for _ in group {
                    let position = group[generator.nextInt(below: group.count)]
                    rows.append(context.labeled[position])
                    labels.append(context.labels[position])
                }
            }
            let member = try context.model.classifier.fit(context.pool.rows(at: rows), labels: labels,
                                                          classCount: context.fitted.classCount)
            return try candidateProbabilities(member, context)
        }
    }
}

extension QueryByCommittee.Disagreement {
    /// The disagreement of every row, given one probability matrix per member (same shapes).
    public func scores(_ committee: [Matrix]) throws(StrategyError) -> [Double] {
        guard let first = committee.first, committee.allSatisfy({ $0.rows == first.rows && $0.columns == first.columns }) else {
            throw .shapeMismatch(strategy: "query by committee", reason: "members must give probability matrices of one shape")
        }
        for member in committee { try requireFinite(member, "query by committee", "probabilities") }
        let m = Double(committee.count), classes = first.columns
        return (0..<first.rows).map { r in
            switch self {
            case .voteEntropy:
                var votes = [Double](repeating: 0, count: classes)
                for member in committee { votes[argmax(member.row(r))] += 1 }
                return Uncertainty.entropy.score(ArraySlice(votes.map { $0 / m }))
            case .kullbackLeibler:
                var consensus = [Double](repeating: 0, count: classes)
                for member in committee { for c in 0..<classes { consensus[c] += member[r, c] / m } }
                var total = 0.0
                for member in committee {
                    for c in 0..<classes where member[r, c] > 0 {
                        total += member[r, c] * Math.log(member[r, c] / consensus[c])
                    }
                }
                return max(total / m, 0)
            }
        }
    }
}

/// Position (0-based) of the largest value of a row; the first wins ties.
func argmax(_ row: ArraySlice<Double>) -> Int {
    var best = row.startIndex
    for i in row.indices where row[i] > row[best] { best = i }
    return best - row.startIndex
}

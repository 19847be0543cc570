import Testing
import Foundation
import LinearAlgebra
@testable import ActiveLearning

@Suite struct QueryByCommitteeTests {
    @Test func disagreementMeasuresOnKnownCommittees() throws {
        let agree = try Matrix([[0.9, 0.1], [0.6, 0.4]])
        let flipped = try Matrix([[0.9, 0.1], [0.4, 0.6]])
        let votes = try QueryByCommittee.Disagreement.voteEntropy.scores([agree, flipped])
        #expect(votes[0] == 0 && abs(votes[1] - log(2)) < 1e-12)
        let kl = try QueryByCommittee.Disagreement.kullbackLeibler.scores([agree, flipped])
        #expect(kl[0] == 0)
        let expected = 0.4 * log(0.4 / 0.5) + 0.6 * log(0.6 / 0.5)
        #expect(abs(kl[1] - expected) < 1e-12)
        #expect(throws: StrategyError.self) { try QueryByCommittee.Disagreement.voteEntropy.scores([agree, Matrix(rows: 1, columns: 2)]) }
    }

    /// Labels at -1, -0.2 (class 0) and 0.2, 1 (class 1): bootstrap members put their boundary
    /// anywhere in between, so they dispute the candidate at 0.05 and agree far away.
    func context() throws -> QueryContext {
        try makeContext(pool: [[-1], [-0.2], [0.2], [1], [-6], [0.05], [6], [-4], [5]], labeled: [0, 1, 2, 3],
                        labels: [0, 0, 1, 1], model: .logisticRegression(c: 100))
    }

    @Test func picksTheDisputedPoint() throws {
        let ctx = try context()
        for disagreement in QueryByCommittee.Disagreement.allCases {
            let strategy = Strategy.queryByCommittee(members: 15, disagreement: disagreement)
            #expect(try select(strategy, 1, ctx) == [5])
        }
        let randomFirst = try (0..<20).map { try select(.random, 1, ctx, seed: $0)[0] }
        #expect(Set(randomFirst).count > 1)
    }

    @Test func reproducibleAndValidated() throws {
        let ctx = try context()
        let strategy = Strategy.queryByCommittee(members: 4, disagreement: .kullbackLeibler)
        #expect(try select(strategy, 3, ctx, seed: 2) == select(strategy, 3, ctx, seed: 2))
        #expect(throws: StrategyError.self) { try select(.queryByCommittee(members: 1), 1, ctx) }
    }
}

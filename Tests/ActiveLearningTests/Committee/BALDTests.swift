import Testing
import Foundation
import LinearAlgebra
@testable import ActiveLearning

@Suite struct BALDTests {
    @Test func mutualInformationSeparatesModelDisagreementFromNoise() throws {
        // Row 0: confident passes that disagree (epistemic) → log 2.
        // Row 1: every pass uniform (aleatoric only) → 0, though its entropy is the largest.
        let a = try Matrix([[1, 0], [0.5, 0.5]]), b = try Matrix([[0, 1], [0.5, 0.5]])
        let mi = BALD.mutualInformation([a, b])
        #expect(abs(mi[0] - log(2)) < 1e-12 && abs(mi[1]) < 1e-12)
        #expect(EntropySampling().scores(a)[1] > EntropySampling().scores(a)[0])
    }

    @Test func runsWithAnMCDropoutMLPAndNeedsOne() throws {
        let rows = blob([0, 0], count: 20, spread: 1, seed: 1) + blob([3, 3], count: 20, spread: 1, seed: 2)
        let labeled = [0, 1, 2, 20, 21, 22]
        let ctx = try makeContext(pool: rows, labeled: labeled, labels: [0, 0, 0, 1, 1, 1],
                                  model: .mlp(hidden: 16, epochs: 30, dropout: 0.3))
        let picks = try select(.bald(samples: 10), 4, ctx, seed: 1)
        #expect(picks.count == 4 && Set(picks).count == 4 && picks.allSatisfy { !labeled.contains($0) })
        #expect(try select(.bald(samples: 10), 4, ctx, seed: 1) == picks)
        let plain = try makeContext(pool: rows, labeled: labeled, labels: [0, 0, 0, 1, 1, 1])
        #expect(throws: StrategyError.self) { try select(.bald(), 1, plain) }
        let noDropout = try makeContext(pool: rows, labeled: labeled, labels: [0, 0, 0, 1, 1, 1], model: .mlp(hidden: 8, epochs: 5))
        #expect(throws: ModelError.self) { try select(.bald(), 1, noDropout) }
    }
}

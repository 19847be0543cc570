import Testing
import LinearAlgebra
@testable import ActiveLearning

@Suite struct StoppingTests {
    @Test func cohensKappaOnKnownCases() throws {
        #expect(try cohensKappa([0, 1, 2, 1], [0, 1, 2, 1]) == 1)
        // p_o = 0.5; shares (0.5, 0.5) both → p_e = 0.5 → κ = 0.
        #expect(try cohensKappa([0, 0, 1, 1], [0, 1, 0, 1]) == 0)
        // p_o = 3/5, p_e = 0.6·0.6 + 0.4·0.4 = 0.52 → κ = 0.08 / 0.48 = 1/6.
        #expect(abs(try cohensKappa([0, 0, 0, 1, 1], [0, 0, 1, 1, 0]) - 1.0 / 6) < 1e-12)
        #expect(try cohensKappa([3, 3], [3, 3]) == 1)
        #expect(throws: StrategyError.self) { try cohensKappa([1], [1, 2]) }
    }

    @Test func criteriaFireWhereTheTraceSaysSo() throws {
        let trace = StoppingTrace(labels: [10, 20, 30, 40, 50, 60], accuracy: [0.5, 0.6, 0.7, 0.8, 0.8, 0.8],
                                  kappas: [nil, 0.5, 0.995, 0.999, 0.98, 1], maxUncertainty: [0.6, 0.5, 0.3, 0.2, 0.05, 0.01])
        #expect(try StabilizingPredictions(threshold: 0.99, window: 2).stopIndex(in: trace) == 3)
        #expect(try StabilizingPredictions(threshold: 0.99, window: 3).stopIndex(in: trace) == nil)
        #expect(try MaximumUncertainty(threshold: 0.1).stopIndex(in: trace) == 4)
        #expect(throws: StrategyError.self) { try StabilizingPredictions(window: 0).stopIndex(in: trace) }
        let report = try StoppingReport(trace, criteria: [StabilizingPredictions(threshold: 0.99, window: 2), MaximumUncertainty(threshold: 0.001)])
        #expect(report.rows.map(\.labels) == [40, nil])
        #expect(report.displayOutputs[0].data.contains("<td>20</td>") && report.description.contains("never"))
    }

    @Test func traceOfARealRunStabilises() throws {
        let iris = try Dataset.iris().split(test: 0.3, seed: 7)
        let study = Study(data: iris, model: .logisticRegression(c: 1), budget: .init(initial: 6, batch: 6, rounds: 12), seeds: [0])
        let run = try study.run(.margin, seed: 0)
        let trace = try study.stoppingTrace(run, stopSetSize: 80)
        #expect(trace.kappas.count == 13 && trace.kappas[0] == nil)
        #expect(trace.kappas.dropFirst().allSatisfy { ($0 ?? -2) >= -1 && ($0 ?? 2) <= 1 })
        #expect((trace.kappas.last ?? 0) ?? 0 > 0.9)
        #expect(trace.maxUncertainty.allSatisfy { (0...1).contains($0) })
        #expect(try study.stoppingTrace(run, stopSetSize: 80).kappas == trace.kappas)
    }
}

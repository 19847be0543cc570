import Foundation
import Testing
import LinearAlgebra
@testable import SentenceEncoder

/// The encoder's kernels, on every path this CPU runs, against straightforward Double-precision
/// formulas.
@Suite struct MathTests {
    @Test(arguments: EncoderKernelTests.paths)
    func geluIsExactErfForm(path: KernelPath) {
        let inputs: [Float] = (0..<2001).map { Float($0) / 100 - 10 }  // −10 … 10; odd count: a tail
        var values = inputs
        values.withUnsafeMutableBufferPointer { path.gelu($0.baseAddress!, count: $0.count) }
        for (x, y) in zip(inputs, values) {
            let expected = 0.5 * Double(x) * (1 + Foundation.erf(Double(x) / 2.0.squareRoot()))
            #expect(abs(Double(y) - expected) < 2e-6 * max(1, abs(expected)), "gelu(\(x))")
        }
    }

    @Test(arguments: EncoderKernelTests.paths)
    func layerNormNormalisesEachRow(path: KernelPath) {
        let width = 40
        var x: [Float] = (0..<(2 * width)).map { Float(($0 * 37) % 11) - 3 }
        let original = x
        let scale: [Float] = (0..<width).map { 1 + Float($0) / 10 }
        let shift: [Float] = (0..<width).map { Float($0) / 100 }
        x.withUnsafeMutableBufferPointer { path.layerNorm($0.baseAddress!, rows: 2, width: width, scale: scale, shift: shift, epsilon: 1e-12) }
        for r in 0..<2 {
            let row = original[(r * width)..<((r + 1) * width)].map(Double.init)
            let mean = row.reduce(0, +) / Double(width)
            let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(width)
            for j in 0..<width {
                let expected = (row[j] - mean) / (variance + 1e-12).squareRoot() * Double(scale[j]) + Double(shift[j])
                #expect(abs(Double(x[r * width + j]) - expected) < 1e-5)
            }
        }
    }

    @Test func meanPoolingAndNormalisation() {
        let rows: [Float] = [1, 2, 3, 4, 5, 6]  // two rows of three
        let mean = rows.withUnsafeBufferPointer { Pooling.mean($0.baseAddress!, rows: 2, width: 3) }
        #expect(mean == [2.5, 3.5, 4.5])
        let unit = Pooling.normalized([3, 4])
        #expect(unit == [0.6, 0.8])
        #expect(Pooling.normalized([0, 0]) == [0, 0])  // no division by zero
    }

    @Test func batchPlanSortsByLengthAndRespectsBudget() {
        let lengths = [5, 3, 9, 3, 1]
        let plan = BatchPlan(sequences: lengths.map { [Int](repeating: 7, count: $0) }, tokenBudget: 8, maxSequences: 10)
        #expect(plan.batches == [[2], [0, 1], [3, 4]])
        let capped = BatchPlan(sequences: [[1, 2], [1, 2], [1, 2]], tokenBudget: 100, maxSequences: 2)
        #expect(capped.batches == [[0, 1], [2]])
    }

    @Test func batchPlanGroupsSequencesThatOpenAlike() {
        // Same length: ordered by token ids, so [1, 5, 9] and [1, 5, 2] share the first batch.
        let plan = BatchPlan(sequences: [[1, 5, 9], [2, 0, 0], [1, 5, 2], [1, 6, 0]], tokenBudget: 6, maxSequences: 10)
        #expect(plan.batches == [[2, 0], [3, 1]])
    }

    @Test func distinctTokensPairIdsWithPositions() {
        let distinct = DistinctTokens([[101, 7, 102], [101, 8, 102], [101, 102]])
        // Pairs: (101,0) (7,1) (102,2) (8,1) (102,1) — [SEP] at 2 repeats, at 1 it does not.
        #expect(distinct.firstToken == [0, 1, 2, 4, 7])
        #expect(distinct.pairOfToken == [0, 1, 2, 0, 3, 2, 0, 4])
    }
}

import Foundation
import Testing
@testable import SentenceEncoder

/// The AVX2 + FMA kernels against the portable Swift ones and straightforward Double formulas.
@Suite(.enabled(if: KernelSet.avx2.isSupported, "this CPU lacks AVX2/FMA: only the portable kernels run"))
struct KernelSetTests {
    /// Deterministic values in [−range, range).
    static func values(_ count: Int, range: Float = 4, seed: UInt64 = 1) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Float(state >> 40) / Float(1 << 24) * 2 - 1) * range
        }
    }

    @Test func preferredIsTheFastestSupported() {
        #expect(KernelSet.preferred == .avx2)
        #expect(KernelSet.portable.isSupported)
    }

    @Test(arguments: [1, 7, 8, 15, 16, 17, 1536 * 3 + 5])
    func geluMatchesPortable(count: Int) {
        let input = Self.values(count, range: 12)
        var fast = input, portable = input
        fast.withUnsafeMutableBufferPointer { KernelSet.avx2.gelu($0.baseAddress!, count: count) }
        portable.withUnsafeMutableBufferPointer { KernelSet.portable.gelu($0.baseAddress!, count: count) }
        for (index, x) in input.enumerated() {
            let expected = 0.5 * Double(x) * (1 + Foundation.erf(Double(x) / 2.0.squareRoot()))
            #expect(abs(Double(fast[index]) - expected) < 2e-6 * max(1, abs(expected)), "gelu(\(x))")
            #expect(abs(fast[index] - portable[index]) <= 2e-6 * max(1, abs(portable[index])))
        }
    }

    @Test func layerNormMatchesPortable() {
        let rows = 5, width = 384
        let input = Self.values(rows * width, range: 3)
        let scale = Self.values(width, range: 2, seed: 2), shift = Self.values(width, range: 1, seed: 3)
        var fast = input, portable = input
        fast.withUnsafeMutableBufferPointer {
            KernelSet.avx2.layerNorm($0.baseAddress!, rows: rows, width: width, scale: scale, shift: shift, epsilon: 1e-12)
        }
        portable.withUnsafeMutableBufferPointer {
            KernelSet.portable.layerNorm($0.baseAddress!, rows: rows, width: width, scale: scale, shift: shift, epsilon: 1e-12)
        }
        for i in input.indices { #expect(abs(fast[i] - portable[i]) < 1e-5, "element \(i)") }
    }

    /// `softmax(Q Kᵀ · scale) V` per head, in Double, for rows `[q | k | v]` of 3·heads·32.
    static func attention(_ qkv: [Float], length: Int, heads: Int, scale: Double) -> [Double] {
        let d = 32, hidden = heads * d, stride = 3 * hidden
        var out = [Double](repeating: 0, count: length * hidden)
        for h in 0..<heads {
            for i in 0..<length {
                let scores = (0..<length).map { j in
                    scale * (0..<d).reduce(0.0) { $0 + Double(qkv[i * stride + h * d + $1]) * Double(qkv[j * stride + hidden + h * d + $1]) }
                }
                let largest = scores.max()!
                let e = scores.map { Foundation.exp($0 - largest) }
                let total = e.reduce(0, +)
                for t in 0..<d {
                    out[i * hidden + h * d + t] = (0..<length).reduce(0.0) { $0 + e[$1] * Double(qkv[$1 * stride + 2 * hidden + h * d + t]) } / total
                }
            }
        }
        return out
    }

    @Test(arguments: [1, 2, 7, 8, 9, 16, 33])
    func directAttentionMatchesDefinition(length: Int) {
        let heads = 12, d = 32, hidden = heads * d
        let qkv = Self.values(length * 3 * hidden, range: 3, seed: UInt64(length))
        var context = [Float](repeating: .nan, count: length * hidden)
        var scratch = [Float](repeating: .nan, count: KernelSet.attentionScratchCount(length: length))
        #expect(KernelSet.avx2.hasDirectAttention(headSize: d))
        #expect(!KernelSet.portable.hasDirectAttention(headSize: d))
        #expect(!KernelSet.avx2.hasDirectAttention(headSize: 64))
        KernelSet.avx2.attention(qkv, length: length, heads: heads, headSize: d, scale: 1 / Float(d).squareRoot(),
                                 into: &context, scratch: &scratch)
        let expected = Self.attention(qkv, length: length, heads: heads, scale: 1 / Double(d).squareRoot())
        let worst = zip(context, expected).map { abs(Double($0) - $1) }.max() ?? 0
        #expect(worst < 1e-5, "largest difference \(worst)")
    }

    @Test func attentionSurvivesExtremeScores() {
        // Scores of ±2048: the softmax puts all weight on one key and the other term underflows
        // to (almost) nothing — never NaN, never a subnormal.
        let heads = 1, d = 32, hidden = heads * d, length = 2
        var qkv = [Float](repeating: 0, count: length * 3 * hidden)
        for t in 0..<d {
            qkv[t] = 8  // query 0
            qkv[3 * hidden + t] = -8  // query 1
            qkv[hidden + t] = 8  // key 0
            qkv[3 * hidden + hidden + t] = -8  // key 1
            qkv[2 * hidden + t] = 1  // value 0
            qkv[3 * hidden + 2 * hidden + t] = 2  // value 1
        }
        var context = [Float](repeating: .nan, count: length * hidden)
        var scratch = [Float](repeating: .nan, count: KernelSet.attentionScratchCount(length: length))
        KernelSet.avx2.attention(qkv, length: length, heads: heads, headSize: d, scale: 1,
                                 into: &context, scratch: &scratch)
        #expect(context[0..<d].allSatisfy { $0 == 1 })  // query 0 attends to key 0 only
        #expect(context[d..<(2 * d)].allSatisfy { $0 == 2 })  // query 1 to key 1 only
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage), arguments: KernelSet.allCases)
    func bothSetsMatchTheReference(kernels: KernelSet) throws {
        let files = try #require(TestSupport.modelFiles)
        let encoder = try SentenceEncoder(files: files, kernels: kernels)
        #expect(encoder.kernels == kernels)
        let cases = TestSupport.referenceCases
        for (reference, vector) in zip(cases, encoder.encode(cases.map(\.text))) {
            #expect(TestSupport.cosine(vector, reference.embedding) >= 0.9999, "\(kernels): \(reference.text.debugDescription)")
        }
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func eachSetKeepsItsOwnCacheEntries() throws {
        let files = try #require(TestSupport.modelFiles)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EmbeddingCache(directory: folder)
        for kernels in KernelSet.allCases {
            let encoder = try SentenceEncoder(files: files, cache: cache, cacheChunkSize: 512, batchTokenBudget: 1024,
                                              threads: nil, kernels: kernels, fingerprintFile: files.vocabulary)
            _ = encoder.encode(["Who was Galileo ?"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2)
    }

    @Test func unsupportedSetIsAClearError() {
        let message = SentenceEncoderError.unsupportedKernels(.avx2).description
        #expect(message.contains("avx2") && message.contains("AVX2 and FMA") && message.contains(".portable"))
    }
}

import Foundation
import Testing
import LinearAlgebra
@testable import SentenceEncoder

/// The encoder's kernels: the same bits on every path, attention against its definition, and the
/// whole model on every path against the reference embeddings.
@Suite struct EncoderKernelTests {
    /// Every path this CPU runs (always `.portable`).
    static let paths = KernelPath.allCases.filter(\.isSupported)

    /// Deterministic values in [−range, range).
    static func values(_ count: Int, range: Float = 4, seed: UInt64 = 1) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Float(state >> 40) / Float(1 << 24) * 2 - 1) * range
        }
    }

    /// `body` run on a copy of `input` on each path; expects every path's result to be the first's, bit for bit.
    static func expectSameBits(_ input: [Float], _ what: String, _ body: (KernelPath, UnsafeMutablePointer<Float>) -> Void) {
        let results = paths.map { path in
            var x = input
            x.withUnsafeMutableBufferPointer { body(path, $0.baseAddress!) }
            return x.map(\.bitPattern)
        }
        for r in results.dropFirst() { #expect(r == results[0], "\(what)") }
    }

    @Test(arguments: [1, 7, 8, 15, 16, 17, 1536 * 3 + 5])
    func geluIsTheSameOnEveryPath(count: Int) {
        Self.expectSameBits(Self.values(count, range: 12), "gelu \(count)") { $0.gelu($1, count: count) }
    }

    @Test(arguments: [8, 24, 384, 392])
    func layerNormIsTheSameOnEveryPath(width: Int) {
        let rows = 5
        let scale = Self.values(width, range: 2, seed: 2), shift = Self.values(width, range: 1, seed: 3)
        Self.expectSameBits(Self.values(rows * width, range: 3), "layer norm \(width)") {
            $0.layerNorm($1, rows: rows, width: width, scale: scale, shift: shift, epsilon: 1e-12)
        }
    }

    /// `softmax(Q Kᵀ · scale) V` per head, in Double, for rows `[q | k | v]` of 3·heads·d.
    static func attention(_ qkv: [Float], length: Int, heads: Int, headSize d: Int, scale: Double) -> [Double] {
        let hidden = heads * d, stride = 3 * hidden
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

    static func attention(_ path: KernelPath, _ qkv: [Float], length: Int, heads: Int, headSize d: Int, scale: Float) -> [Float] {
        var context = [Float](repeating: .nan, count: length * heads * d)
        var scratch = [Float](repeating: .nan, count: KernelPath.attentionScratchCount(length: length))
        path.attention(qkv, length: length, heads: heads, headSize: d, scale: scale, into: &context, scratch: &scratch)
        return context
    }

    @Test(arguments: [1, 2, 7, 8, 9, 16, 33], [8, 32, 64])
    func attentionMatchesItsDefinitionOnEveryPath(length: Int, headSize d: Int) {
        let heads = 3
        let qkv = Self.values(length * 3 * heads * d, range: 3, seed: UInt64(length * d))
        let expected = Self.attention(qkv, length: length, heads: heads, headSize: d, scale: 1 / Double(d).squareRoot())
        let results = Self.paths.map { Self.attention($0, qkv, length: length, heads: heads, headSize: d, scale: 1 / Float(d).squareRoot()) }
        for context in results {
            let worst = zip(context, expected).map { abs(Double($0) - $1) }.max() ?? 0
            #expect(worst < 1e-5, "largest difference \(worst)")
        }
        for r in results.dropFirst() { #expect(r.map(\.bitPattern) == results[0].map(\.bitPattern)) }
    }

    @Test func headSizesTheKernelHandles() {
        #expect(KernelPath.supportsAttention(headSize: 32))
        #expect(!KernelPath.supportsAttention(headSize: 12))
        #expect(!KernelPath.supportsAttention(headSize: 256))
    }

    @Test(arguments: paths)
    func attentionSurvivesExtremeScores(path: KernelPath) {
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
        let context = Self.attention(path, qkv, length: length, heads: heads, headSize: d, scale: 1)
        #expect(context[0..<d].allSatisfy { $0 == 1 })  // query 0 attends to key 0 only
        #expect(context[d..<(2 * d)].allSatisfy { $0 == 2 })  // query 1 to key 1 only
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func everyPathGivesTheSameEmbeddingsAndMatchesTheReference() throws {
        let files = try #require(TestSupport.modelFiles)
        let cases = TestSupport.referenceCases
        let embeddings = try Self.paths.map { path in
            let encoder = try SentenceEncoder(files: files, kernels: path)
            #expect(encoder.kernels == path)
            return encoder.encode(cases.map(\.text))
        }
        for vectors in embeddings {
            for (reference, vector) in zip(cases, vectors) {
                #expect(TestSupport.cosine(vector, reference.embedding) >= 0.9999, "\(reference.text.debugDescription)")
            }
        }
        for vectors in embeddings.dropFirst() { #expect(vectors.map { $0.map(\.bitPattern) } == embeddings[0].map { $0.map(\.bitPattern) }) }
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func everyPathSharesOneCacheEntry() throws {
        let files = try #require(TestSupport.modelFiles)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EmbeddingCache(directory: folder)
        for path in Self.paths {
            let encoder = try SentenceEncoder(files: files, cache: cache, cacheChunkSize: 512, batchTokenBudget: 1024,
                                              threads: nil, kernels: path, fingerprintFile: files.vocabulary)
            _ = encoder.encode(["Who was Galileo ?"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
    }

    @Test func unsupportedPathIsAClearError() {
        let message = SentenceEncoderError.unsupportedKernels(.avx2).description
        #expect(message.contains("avx2") && message.contains("AVX2 and FMA") && message.contains(".portable"))
        #expect(SentenceEncoderError.unsupportedKernels(.avx512).description.contains("AVX-512F"))
    }
}

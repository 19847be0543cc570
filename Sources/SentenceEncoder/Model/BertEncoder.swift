import LinearAlgebra

/// The BERT encoder forward pass with sentence-transformers' mean pooling and normalisation.
///
/// A batch is *packed*: the token rows of all its sequences are stacked without padding, so the
/// dense layers (one matrix product each for the fused Q/K/V projection, the attention output and the
/// two feed-forward layers) do no wasted work, and self-attention runs per sequence and head on
/// exactly that sequence's rows — the same result as padding with an attention mask.
struct BertEncoder: Sendable {
    let weights: BertWeights
    /// Which implementation of the kernels runs (the same results on every path).
    let kernels: KernelPath
    var configuration: BertConfiguration { weights.configuration }

    /// Unit-length sentence embeddings of `sequences` (token ids, each at most `maxPositions`).
    func embed(_ sequences: [[Int]], workspace: EncoderWorkspace) -> [[Float]] {
        let h = configuration.hiddenSize
        let offsets = sequences.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        let tokens = offsets.last!
        workspace.reserve(tokens: tokens, longest: sequences.map(\.count).max() ?? 0)
        embedTokens(sequences, offsets: offsets, into: workspace.hidden)
        let distinct = DistinctTokens(sequences)
        for (index, layer) in weights.layers.enumerated() {
            attention(layer, offsets: offsets, distinct: index == 0 ? distinct : nil, workspace: workspace)
            feedForward(layer, tokens: tokens, workspace: workspace)
        }
        return sequences.indices.map { s in
            Pooling.normalized(Pooling.mean(workspace.hidden + offsets[s] * h, rows: sequences[s].count, width: h))
        }
    }

    /// Embedding rows: `LayerNorm(word[id] + position[p] + tokenType[0])`.
    private func embedTokens(_ sequences: [[Int]], offsets: [Int], into x: UnsafeMutablePointer<Float>) {
        let h = configuration.hiddenSize
        weights.wordEmbeddings.withUnsafeBufferPointer { words in
        weights.positionEmbeddings.withUnsafeBufferPointer { positions in
        weights.tokenTypeEmbedding.withUnsafeBufferPointer { type in
            for (s, ids) in sequences.enumerated() {
                for (p, id) in ids.enumerated() {
                    let row = x + (offsets[s] + p) * h
                    let word = words.baseAddress! + id * h, position = positions.baseAddress! + p * h
                    for j in 0..<h { row[j] = word[j] + position[j] + type[j] }
                }
            }
        }}}
        weights.embeddingNormScale.withUnsafeBufferPointer { scale in
        weights.embeddingNormShift.withUnsafeBufferPointer { shift in
            kernels.layerNorm(x, rows: offsets.last!, width: h, scale: scale.baseAddress!, shift: shift.baseAddress!,
                              epsilon: configuration.layerNormEpsilon)
        }}
    }
}

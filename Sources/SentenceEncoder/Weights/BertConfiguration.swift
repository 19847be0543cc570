/// The shape of a BERT encoder; ``miniLM`` is all-MiniLM-L6-v2's.
struct BertConfiguration: Sendable, Equatable {
    var hiddenSize = 384
    var layerCount = 6
    var headCount = 12
    var intermediateSize = 1536
    var maxPositions = 512
    /// ε in LayerNorm's `(x − μ) / √(σ² + ε)`.
    var layerNormEpsilon: Float = 1e-12

    /// all-MiniLM-L6-v2: 6 layers, hidden 384, 12 heads of 32, intermediate 1536.
    static let miniLM = BertConfiguration()

    /// Width of one attention head.
    var headSize: Int { hiddenSize / headCount }
}

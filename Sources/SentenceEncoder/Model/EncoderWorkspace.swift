import LinearAlgebra

/// Scratch buffers for one forward pass, reused across batches and grown on demand.
/// Not shared between threads: each `encode` call makes its own.
final class EncoderWorkspace {
    private(set) var tokenCapacity = 0
    private(set) var sequenceCapacity = 0
    /// Hidden states `[tokens × hidden]`.
    private(set) var hidden = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    /// Fused query/key/value projections `[tokens × 3·hidden]`.
    private(set) var queryKeyValue = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    /// Attention context, then sub-layer output before LayerNorm `[tokens × hidden]`.
    private(set) var context = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    /// Sub-layer sums before LayerNorm `[tokens × hidden]`.
    private(set) var residual = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    /// Feed-forward activations `[tokens × intermediate]`.
    private(set) var intermediate = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    /// Scratch of the per-sequence attention (the scores of one head, or the direct kernel's).
    private(set) var scores = UnsafeMutablePointer<Float>.allocate(capacity: 0)

    let configuration: BertConfiguration

    init(configuration: BertConfiguration) { self.configuration = configuration }

    /// Makes room for `tokens` tokens in total and sequences up to `longest` tokens.
    func reserve(tokens: Int, longest: Int) {
        let h = configuration.hiddenSize
        if tokens > tokenCapacity {
            let capacity = max(tokens, tokenCapacity * 3 / 2)
            for buffer in [hidden, queryKeyValue, context, residual, intermediate] { buffer.deallocate() }
            hidden = .allocate(capacity: capacity * h)
            queryKeyValue = .allocate(capacity: capacity * 3 * h)
            context = .allocate(capacity: capacity * h)
            residual = .allocate(capacity: capacity * h)
            intermediate = .allocate(capacity: capacity * configuration.intermediateSize)
            tokenCapacity = capacity
        }
        if longest > sequenceCapacity {
            scores.deallocate()
            scores = .allocate(capacity: KernelPath.attentionScratchCount(length: longest))
            sequenceCapacity = longest
        }
    }

    /// Exchanges ``hidden`` and ``residual``: the normalised sub-layer output becomes the state.
    func swapHiddenAndResidual() { swap(&hidden, &residual) }

    deinit {
        for buffer in [hidden, queryKeyValue, context, residual, intermediate, scores] { buffer.deallocate() }
    }
}

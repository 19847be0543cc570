@_implementationOnly import CEncoderKernels

/// The kernels the encoder calls, each dispatched to the set's implementation.
extension KernelSet {
    /// In place LayerNorm of `rows` rows of `width` (see ``Kernels/layerNorm(_:rows:width:scale:shift:epsilon:)``).
    func layerNorm(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int,
        scale: UnsafePointer<Float>, shift: UnsafePointer<Float>, epsilon: Float
    ) {
        switch self {
        case .avx2: ek_layer_norm_avx2(x, rows, width, scale, shift, epsilon)
        case .portable: Kernels.layerNorm(x, rows: rows, width: width, scale: scale, shift: shift, epsilon: epsilon)
        }
    }

    /// In place exact GELU of `count` values (see ``FastMath/gelu(_:count:)``).
    func gelu(_ values: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .avx2: ek_gelu_avx2(values, count)
        case .portable: FastMath.gelu(values, count: count)
        }
    }

    /// Whether ``attention(_:length:heads:headSize:scale:into:scratch:)`` runs the C kernel for
    /// heads of `headSize` (it is written for MiniLM's 32).
    func hasDirectAttention(headSize: Int) -> Bool { self == .avx2 && headSize == 32 }

    /// Floats of scratch the direct attention needs for a sequence of `length` tokens.
    static func attentionScratchCount(length: Int, headSize: Int) -> Int {
        ek_attention_scratch_count(length, headSize)
    }

    /// `softmax(Q Kᵀ · scale) V` for every head of one sequence, computed directly (no BLAS):
    /// `qkv` holds `length` rows `[q | k | v]`, `context` receives `length` rows of the heads'
    /// outputs side by side. Only when ``hasDirectAttention(headSize:)``.
    func attention(
        _ qkv: UnsafePointer<Float>, length: Int, heads: Int, headSize: Int, scale: Float,
        into context: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>
    ) {
        precondition(hasDirectAttention(headSize: headSize), "direct attention needs AVX2 and heads of 32")
        ek_attention_avx2(qkv, length, heads, headSize, scale, context, scratch)
    }
}

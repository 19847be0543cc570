internal import CEngineKernels
import LinearAlgebra

/// The encoder's kernels on a ``KernelPath`` (all in `CEngineKernels`, one order of operations
/// on every path).
extension KernelPath {
    private var cPath: ek_path {
        switch self {  // exhaustive: a new path must be mapped here too
        case .portable: EK_PATH_PORTABLE
        case .avx2: EK_PATH_AVX2
        case .avx512: EK_PATH_AVX512
        }
    }

    /// `output ← output + input Wᵀ` for `rows` rows: a linear layer with PyTorch's `[out × in]`
    /// weights, added to what `output` holds (the bias, or bias plus residual).
    func addLinear(
        _ input: UnsafePointer<Float>, rows: Int, inputWidth: Int, weight: UnsafePointer<Float>, outputWidth: Int,
        into output: UnsafeMutablePointer<Float>
    ) {
        multiply(m: rows, n: outputWidth, k: inputWidth, input, lda: inputWidth, weight, ldb: inputWidth,
                 transposingB: true, into: output, ldc: outputWidth, accumulate: true)
    }

    /// In place LayerNorm of `rows` rows of `width` (a multiple of 8):
    /// `y = (x − μ) / √(σ² + ε) · γ + β`, μ and σ² the row's mean and (biased) variance.
    func layerNorm(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int,
        scale: UnsafePointer<Float>, shift: UnsafePointer<Float>, epsilon: Float
    ) {
        ek_layer_norm(cPath, x, rows, width, scale, shift, epsilon)
    }

    /// In place exact GELU, `x · ½ (1 + erf(x / √2))`, of `count` values.
    func gelu(_ values: UnsafeMutablePointer<Float>, count: Int) { ek_gelu(cPath, values, count) }

    /// Floats of scratch ``attention(_:length:heads:headSize:scale:into:scratch:)`` needs for a
    /// sequence of `length` tokens.
    static func attentionScratchCount(length: Int) -> Int { ek_attention_scratch_count(length) }

    /// Whether ``attention(_:length:heads:headSize:scale:into:scratch:)`` handles heads of `headSize`.
    static func supportsAttention(headSize: Int) -> Bool { headSize > 0 && headSize % 8 == 0 && headSize <= 128 }

    /// `softmax(Q Kᵀ · scale) V` for every head of one sequence: `qkv` holds `length` rows
    /// `[q | k | v]` (head `h` in columns `h·headSize ..< (h+1)·headSize` of each part), and
    /// `context` receives `length` rows of the heads' outputs side by side. Computed directly
    /// (two tiny matrix products per head cost more than their multiply-adds).
    func attention(
        _ qkv: UnsafePointer<Float>, length: Int, heads: Int, headSize: Int, scale: Float,
        into context: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>
    ) {
        ek_attention(cPath, qkv, length, heads, headSize, scale, context, scratch)
    }
}

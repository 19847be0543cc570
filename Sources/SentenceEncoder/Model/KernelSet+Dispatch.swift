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

    /// Whether ``attention(_:length:heads:headSize:scale:into:scratch:)`` runs the direct C
    /// kernel (no BLAS) for heads of `headSize`: only `.avx2`, and only for MiniLM's 32.
    func hasDirectAttention(headSize: Int) -> Bool { self == .avx2 && headSize == 32 }

    /// Floats of scratch ``attention(_:length:heads:headSize:scale:into:scratch:)`` needs for a
    /// sequence of `length` tokens, whichever way it runs.
    static func attentionScratchCount(length: Int) -> Int {
        max(length * length, ek_attention_scratch_count(length))
    }

    /// `softmax(Q Kᵀ · scale) V` for every head of one sequence: `qkv` holds `length` rows
    /// `[q | k | v]` (head `h` in columns `h·headSize ..< (h+1)·headSize` of each part), and
    /// `context` receives `length` rows of the heads' outputs side by side. Computed directly
    /// when ``hasDirectAttention(headSize:)`` (two tiny `sgemm` calls per head cost more than
    /// their multiply-adds), else per head: scores by `sgemm`, softmax, scores × V by `sgemm`.
    func attention(
        _ qkv: UnsafePointer<Float>, length: Int, heads: Int, headSize d: Int, scale: Float,
        into context: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>
    ) {
        if hasDirectAttention(headSize: d) {
            ek_attention_avx2(qkv, length, heads, d, scale, context, scratch)
            return
        }
        let hidden = heads * d, width = 3 * hidden
        for head in 0..<heads {
            let query = qkv + head * d, key = query + hidden, value = query + 2 * hidden
            BLAS.multiplyTransposed(m: length, n: length, k: d, alpha: scale, query, lda: width, key, ldb: width,
                                    scratch, ldc: length)
            Kernels.softmax(scratch, rows: length, width: length)
            BLAS.multiply(m: length, n: d, k: length, scratch, lda: length, value, ldb: width,
                          context + head * d, ldc: hidden)
        }
    }
}

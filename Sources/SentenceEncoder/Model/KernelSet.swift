@_implementationOnly import CEncoderKernels

/// Which implementation runs the encoder's element-wise steps (GELU, LayerNorm) and its
/// per-sequence self-attention; the dense layers always go through `sgemm`.
///
/// Swift compiles the engine for the x86-64 baseline (SSE2, no FMA), where `SIMD8<Float>` runs at
/// half width. `.avx2` runs the same formulas as C kernels compiled for AVX2 + FMA (the
/// `CEncoderKernels` target, chosen at run time) and computes attention directly instead of two
/// small `sgemm` calls per head; `.portable` is the Swift code, which runs on any CPU. The two
/// differ by rounding only: both are checked against the reference embeddings.
public enum KernelSet: String, Sendable, CaseIterable {
    /// Swift SIMD kernels; attention through `sgemm` per head.
    case portable
    /// C kernels for CPUs with AVX2 and FMA.
    case avx2

    /// Whether this CPU runs the set.
    public var isSupported: Bool {
        switch self {
        case .portable: true
        case .avx2: Self.cpuHasAVX2
        }
    }

    /// The fastest set this CPU supports.
    public static let preferred: KernelSet = cpuHasAVX2 ? .avx2 : .portable

    private static let cpuHasAVX2 = ek_cpu_has_avx2_fma() != 0
}

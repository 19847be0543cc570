internal import CEngineKernels

/// The C side of a ``KernelPath``: the CPU check and the products, through `CEngineKernels`.
extension KernelPath {
    /// Whether this CPU runs the path.
    public var isSupported: Bool { ek_path_supported(cPath) != 0 }

    var cPath: ek_path {
        switch self {
        case .portable: EK_PATH_PORTABLE
        case .avx2: EK_PATH_AVX2
        case .avx512: EK_PATH_AVX512
        }
    }

    /// `C ← op(A) · op(B)`, or `C + op(A) · op(B)` when `accumulate`, in single precision on raw
    /// row-major buffers: op(A) is `m × k` (A stored `k × m` when `transposingA`), op(B) is
    /// `k × n`, C is `m × n`, each with its row stride. Every element of C is one chain of fused
    /// multiply-adds along k in increasing order, `c ← fma(a_ip, b_pj, c)`, from 0 (or from C's
    /// value when accumulating): the same bits on every path.
    public func multiply(
        m: Int, n: Int, k: Int,
        _ a: UnsafePointer<Float>, lda: Int, transposingA: Bool = false,
        _ b: UnsafePointer<Float>, ldb: Int, transposingB: Bool = false,
        into c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool = false
    ) {
        ek_sgemm(cPath, transposingA ? 1 : 0, transposingB ? 1 : 0, m, n, k, a, lda, b, ldb, c, ldc, accumulate ? 1 : 0)
    }

    /// ``multiply(m:n:k:_:lda:transposingA:_:ldb:transposingB:into:ldc:accumulate:)`` in double
    /// precision, except that each step of the chain is `c ← (a_ip · b_pj) + c`, the product
    /// rounded before the sum (not fused), on every path.
    public func multiply(
        m: Int, n: Int, k: Int,
        _ a: UnsafePointer<Double>, lda: Int, transposingA: Bool = false,
        _ b: UnsafePointer<Double>, ldb: Int, transposingB: Bool = false,
        into c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool = false
    ) {
        ek_dgemm(cPath, transposingA ? 1 : 0, transposingB ? 1 : 0, m, n, k, a, lda, b, ldb, c, ldc, accumulate ? 1 : 0)
    }

    /// `y[i] = Math.exp(x[i])` for `i < count`, bit for bit (the same operations in the same
    /// order: msun's reduction and rational kernel), four lanes at a time where it can; `y` may
    /// be `x`.
    public func exponentials(of x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>, count: Int) {
        ek_exp(cPath, x, y, count)
    }

    /// y[i] = `Math.log`(x[i]) for i < count, bit for bit, four at a time where all four are
    /// positive, normal and finite (`ek_log`); `y` may be `x`.
    public func logarithms(of x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>, count: Int) {
        ek_log(cPath, x, y, count)
    }

    /// One Adam step over `count` parameters in place (`ek_adam_step`), per element and each
    /// operation rounded once: `m ← β₁·m + (1 − β₁)·g`, `v ← β₂·v + ((1 − β₂)·g)·g`,
    /// `θ ← θ − (η·(m / c₁)) / (√(v / c₂) + ε)` with `c₁ = 1 − β₁ᵗ`, `c₂ = 1 − β₂ᵗ` (`m / c₁` is
    /// `m` when `c₁` is 1): four lanes at a time, the bits of the scalar formula.
    public func adamStep(
        parameters theta: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>,
        firstMoments m: UnsafeMutablePointer<Double>, secondMoments v: UnsafeMutablePointer<Double>, count: Int,
        beta1: Double, beta2: Double, c1: Double, c2: Double, learningRate: Double, epsilon: Double
    ) {
        let constants = [beta1, beta2, c1, c2, learningRate, epsilon]
        ek_adam_step(cPath, m, v, theta, g, count, constants)
    }

    /// Softmax of each row of `z` (`rows × columns`, row-major) in place after adding `offsets`,
    /// as `ek_softmax_rows` states: per row m = max zⱼ, S = Σⱼ e^(zⱼ − m) in column order,
    /// pⱼ = e^(zⱼ − m) · (1 / S); each row's m and S are written to `largest` and `sums`.
    public func softmaxRows(_ z: UnsafeMutablePointer<Double>, rows: Int, columns: Int, offsets: UnsafePointer<Double>,
                            largest: UnsafeMutablePointer<Double>, sums: UnsafeMutablePointer<Double>) {
        ek_softmax_rows(cPath, z, rows, columns, offsets, largest, sums)
    }
}

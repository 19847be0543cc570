// Implementation-only, as in LinearAlgebra: lesson programs import SentenceEncoder without
// needing the COpenBLAS module map.
@_implementationOnly import COpenBLAS
import Synchronization

/// Row-major single-precision matrix products through OpenBLAS `cblas_sgemm`.
enum BLAS {
    /// `C ← α · A · Bᵀ + β · C` with `A` `[m × k]` (row stride `lda`), `B` `[n × k]` (stride
    /// `ldb`), `C` `[m × n]` (stride `ldc`). This is a linear layer `x Wᵀ` with PyTorch's `[out × in]` weights.
    @inline(__always)
    static func multiplyTransposed(
        m: Int, n: Int, k: Int, alpha: Float = 1,
        _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0, _ c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, blasint(m), blasint(n), blasint(k),
                    alpha, a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }

    /// `C ← α · A · B + β · C` with `A` `[m × k]`, `B` `[k × n]`, `C` `[m × n]`, row strides given.
    @inline(__always)
    static func multiply(
        m: Int, n: Int, k: Int, alpha: Float = 1,
        _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0, _ c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(m), blasint(n), blasint(k),
                    alpha, a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }
}

extension BLAS {
    /// Nesting depth of ``singleThreaded(_:)`` sections and the thread count to restore.
    private static let threadState = Mutex<(depth: Int, saved: Int32)>((0, 1))

    /// Runs `body` with OpenBLAS limited to one thread per call, so that several workers can
    /// each run their own products in parallel; the previous setting is restored afterwards.
    static func singleThreaded<T>(_ body: () throws -> T) rethrows -> T {
        threadState.withLock { state in
            if state.depth == 0 {
                state.saved = openblas_get_num_threads()
                openblas_set_num_threads(1)
            }
            state.depth += 1
        }
        defer {
            threadState.withLock { state in
                state.depth -= 1
                if state.depth == 0 { openblas_set_num_threads(state.saved) }
            }
        }
        return try body()
    }
}

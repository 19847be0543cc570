@_implementationOnly import COpenBLAS

/// Level-1 BLAS on `[Double]` vectors (OpenBLAS `ddot`, `daxpy`), for solvers' inner loops.
public enum Vectors {
    /// `sum_i a_i * b_i` over the common length.
    public static func dot(_ a: [Double], _ b: [Double]) -> Double {
        let n = min(a.count, b.count)
        guard n > 0 else { return 0 }
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in cblas_ddot(blasint(n), x.baseAddress, 1, y.baseAddress, 1) }
        }
    }

    /// `y += alpha * x` over the common length.
    public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
        let n = min(x.count, y.count)
        guard n > 0 else { return }
        x.withUnsafeBufferPointer { source in
            y.withUnsafeMutableBufferPointer { target in
                cblas_daxpy(blasint(n), alpha, source.baseAddress, 1, target.baseAddress, 1)
            }
        }
    }
}

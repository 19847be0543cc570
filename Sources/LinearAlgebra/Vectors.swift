/// Level-1 operations on `[Double]` vectors, for solvers' inner loops, in plain Swift with one
/// fixed order of operations (Swift never fuses `a * b + c`, and the engine is compiled for one
/// baseline, so every CPU computes the same bits).
public enum Vectors {
    /// `Σ a_i b_i` over the common length, in 4 virtual lanes: lane u adds the products
    /// i = 4t + u in order of t (products rounded, then added), and the lanes are summed as
    /// `(s₀ + s₁) + (s₂ + s₃)`.
    public static func dot(_ a: [Double], _ b: [Double]) -> Double {
        let n = min(a.count, b.count)
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                var i = 0
                while i + 4 <= n {
                    s0 += x[i] * y[i]
                    s1 += x[i + 1] * y[i + 1]
                    s2 += x[i + 2] * y[i + 2]
                    s3 += x[i + 3] * y[i + 3]
                    i += 4
                }
                if i < n { s0 += x[i] * y[i] }
                if i + 1 < n { s1 += x[i + 1] * y[i + 1] }
                if i + 2 < n { s2 += x[i + 2] * y[i + 2] }
                return (s0 + s1) + (s2 + s3)
            }
        }
    }

    /// `y_i ← y_i + α x_i` over the common length (the product rounded, then added).
    public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
        let n = min(x.count, y.count)
        x.withUnsafeBufferPointer { source in
            y.withUnsafeMutableBufferPointer { target in
                for i in 0..<n { target[i] += alpha * source[i] }
            }
        }
    }
}

import Foundation

/// Row-wise kernels of the encoder on raw `Float` buffers (row-major, contiguous rows).
enum Kernels {
    /// In place LayerNorm of `rows` rows of `width`:
    /// `y = (x − μ) / √(σ² + ε) · γ + β`, μ and σ² the row's mean and (biased) variance.
    static func layerNorm(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int,
        scale: UnsafePointer<Float>, shift: UnsafePointer<Float>, epsilon: Float
    ) {
        precondition(width % 8 == 0, "LayerNorm width must be a multiple of 8")
        let gamma = UnsafeRawPointer(scale), beta = UnsafeRawPointer(shift)
        for r in 0..<rows {
            let row = UnsafeMutableRawPointer(x + r * width)
            var sum = SIMD8<Float>()
            for j in stride(from: 0, to: width, by: 8) { sum += row.loadUnaligned(fromByteOffset: 4 * j, as: SIMD8<Float>.self) }
            let mean = sum.sum() / Float(width)
            var squares = SIMD8<Float>()
            for j in stride(from: 0, to: width, by: 8) {
                let d = row.loadUnaligned(fromByteOffset: 4 * j, as: SIMD8<Float>.self) - mean
                squares += d * d
            }
            let inverse = 1 / (squares.sum() / Float(width) + epsilon).squareRoot()
            for j in stride(from: 0, to: width, by: 8) {
                let v = row.loadUnaligned(fromByteOffset: 4 * j, as: SIMD8<Float>.self)
                let g = gamma.loadUnaligned(fromByteOffset: 4 * j, as: SIMD8<Float>.self)
                let b = beta.loadUnaligned(fromByteOffset: 4 * j, as: SIMD8<Float>.self)
                row.storeBytes(of: (v - mean) * inverse * g + b, toByteOffset: 4 * j, as: SIMD8<Float>.self)
            }
        }
    }

    /// In place softmax of each of `rows` rows of `width`: `exp(xᵢ − max) / Σ exp(xⱼ − max)`.
    static func softmax(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        for r in 0..<rows {
            let row = x + r * width
            var largest = -Float.infinity
            for j in 0..<width { largest = max(largest, row[j]) }
            var total: Float = 0
            for j in 0..<width {
                let e = Foundation.exp(row[j] - largest)
                row[j] = e
                total += e
            }
            let inverse = 1 / total
            for j in 0..<width { row[j] *= inverse }
        }
    }

    /// Sets each of `rows` rows of `width` to `vector`.
    static func fillRows(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, with vector: UnsafePointer<Float>) {
        for r in 0..<rows { (x + r * width).update(from: vector, count: width) }
    }

    /// `y ← x + vector` row by row (`vector` broadcast over the rows), for bias plus residual.
    static func addRows(
        _ x: UnsafePointer<Float>, plus vector: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>,
        rows: Int, width: Int
    ) {
        precondition(width % 8 == 0, "row width must be a multiple of 8")
        let v = UnsafeRawPointer(vector)
        for r in 0..<rows {
            let source = UnsafeRawPointer(x + r * width), target = UnsafeMutableRawPointer(y + r * width)
            for j in stride(from: 0, to: width, by: 8) {
                let sum = source.loadUnaligned(fromByteOffset: 4 * j, as: SIMD8<Float>.self)
                    + v.loadUnaligned(fromByteOffset: 4 * j, as: SIMD8<Float>.self)
                target.storeBytes(of: sum, toByteOffset: 4 * j, as: SIMD8<Float>.self)
            }
        }
    }
}

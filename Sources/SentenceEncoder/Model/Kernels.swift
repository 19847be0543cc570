/// Row-wise copies and sums of the encoder on raw `Float` buffers (row-major, contiguous rows);
/// each element is one addition, the same on every CPU.
enum Kernels {
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

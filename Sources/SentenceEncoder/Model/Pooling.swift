/// Sentence-transformers' pooling head: the mean of the token vectors, then L2 normalisation.
enum Pooling {
    /// The mean of `rows` contiguous rows of `width`: `m_j = (1/n) Σᵢ x_ij`. Only real tokens are
    /// passed in (batches are packed, never padded), so this equals the attention-masked mean.
    static func mean(_ x: UnsafePointer<Float>, rows: Int, width: Int) -> [Float] {
        var sum = [Float](repeating: 0, count: width)
        guard rows > 0 else { return sum }
        for r in 0..<rows {
            let row = x + r * width
            for j in 0..<width { sum[j] += row[j] }
        }
        let inverse = 1 / Float(rows)
        for j in 0..<width { sum[j] *= inverse }
        return sum
    }

    /// `v / max(‖v‖₂, 1e-12)`, as `torch.nn.functional.normalize`.
    static func normalized(_ v: [Float]) -> [Float] {
        var squares: Float = 0
        for x in v { squares += x * x }
        let norm = max(squares.squareRoot(), 1e-12)
        return v.map { $0 / norm }
    }
}

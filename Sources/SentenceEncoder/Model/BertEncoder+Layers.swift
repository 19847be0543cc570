/// The two sub-layers of a transformer layer, each `x ← LayerNorm(x + f(x))`.
extension BertEncoder {
    /// Multi-head self-attention: `softmax(Q Kᵀ / √d) V` per head, heads concatenated, projected.
    func attention(_ layer: BertLayerWeights, offsets: [Int], workspace w: EncoderWorkspace) {
        let h = configuration.hiddenSize, d = configuration.headSize, width = 3 * h
        let tokens = offsets.last!
        let scale = 1 / Float(d).squareRoot()
        layer.queryKeyValue.withUnsafeBufferPointer { weight in
        layer.queryKeyValueBias.withUnsafeBufferPointer { bias in
            Kernels.fillRows(w.queryKeyValue, rows: tokens, width: width, with: bias.baseAddress!)
            BLAS.multiplyTransposed(m: tokens, n: width, k: h, w.hidden, lda: h, weight.baseAddress!, ldb: h,
                                    beta: 1, w.queryKeyValue, ldc: width)
        }}
        for s in 0..<(offsets.count - 1) {
            let length = offsets[s + 1] - offsets[s]
            let rows = w.queryKeyValue + offsets[s] * width
            for head in 0..<configuration.headCount {
                let query = rows + head * d, key = query + h, value = query + 2 * h
                BLAS.multiplyTransposed(m: length, n: length, k: d, alpha: scale, query, lda: width, key, ldb: width,
                                        w.scores, ldc: length)
                Kernels.softmax(w.scores, rows: length, width: length)
                BLAS.multiply(m: length, n: d, k: length, w.scores, lda: length, value, ldb: width,
                              w.context + offsets[s] * h + head * d, ldc: h)
            }
        }
        project(w.context, inputWidth: h, weight: layer.attentionOutput, bias: layer.attentionOutputBias,
                normScale: layer.attentionNormScale, normShift: layer.attentionNormShift, tokens: tokens, workspace: w)
    }

    /// Feed-forward: `GELU(x W₁ᵀ + b₁) W₂ᵀ + b₂`.
    func feedForward(_ layer: BertLayerWeights, tokens: Int, workspace w: EncoderWorkspace) {
        let h = configuration.hiddenSize, i = configuration.intermediateSize
        layer.intermediate.withUnsafeBufferPointer { weight in
        layer.intermediateBias.withUnsafeBufferPointer { bias in
            Kernels.fillRows(w.intermediate, rows: tokens, width: i, with: bias.baseAddress!)
            BLAS.multiplyTransposed(m: tokens, n: i, k: h, w.hidden, lda: h, weight.baseAddress!, ldb: h,
                                    beta: 1, w.intermediate, ldc: i)
        }}
        FastMath.gelu(w.intermediate, count: tokens * i)
        project(w.intermediate, inputWidth: i, weight: layer.output, bias: layer.outputBias,
                normScale: layer.outputNormScale, normShift: layer.outputNormShift, tokens: tokens, workspace: w)
    }

    /// `hidden ← LayerNorm(hidden + input Wᵀ + b)`: output projection, residual, normalisation.
    private func project(
        _ input: UnsafeMutablePointer<Float>, inputWidth: Int, weight: [Float], bias: [Float],
        normScale: [Float], normShift: [Float], tokens: Int, workspace w: EncoderWorkspace
    ) {
        let h = configuration.hiddenSize
        weight.withUnsafeBufferPointer { weight in
        bias.withUnsafeBufferPointer { bias in
            Kernels.addRows(w.hidden, plus: bias.baseAddress!, into: w.residual, rows: tokens, width: h)
            BLAS.multiplyTransposed(m: tokens, n: h, k: inputWidth, input, lda: inputWidth, weight.baseAddress!,
                                    ldb: inputWidth, beta: 1, w.residual, ldc: h)
        }}
        normScale.withUnsafeBufferPointer { scale in
        normShift.withUnsafeBufferPointer { shift in
            Kernels.layerNorm(w.residual, rows: tokens, width: h, scale: scale.baseAddress!, shift: shift.baseAddress!,
                              epsilon: configuration.layerNormEpsilon)
        }}
        w.swapHiddenAndResidual()
    }
}

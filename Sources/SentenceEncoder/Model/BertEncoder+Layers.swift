/// The two sub-layers of a transformer layer, each `x ← LayerNorm(x + f(x))`.
extension BertEncoder {
    /// Multi-head self-attention: `softmax(Q Kᵀ / √d) V` per head, heads concatenated, projected.
    /// With `distinct` (the first layer), Q, K and V are projected once per distinct token.
    func attention(_ layer: BertLayerWeights, offsets: [Int], distinct: DistinctTokens?, workspace w: EncoderWorkspace) {
        let h = configuration.hiddenSize, d = configuration.headSize, width = 3 * h
        let tokens = offsets.last!
        let scale = 1 / Float(d).squareRoot()
        if let distinct, distinct.count < tokens {
            projectQueryKeyValue(layer, distinct: distinct, workspace: w)
        } else {
            projectQueryKeyValue(layer, input: w.hidden, rows: tokens, into: w.queryKeyValue)
        }
        for s in 0..<(offsets.count - 1) {
            kernels.attention(w.queryKeyValue + offsets[s] * width, length: offsets[s + 1] - offsets[s],
                              heads: configuration.headCount, headSize: d, scale: scale,
                              into: w.context + offsets[s] * h, scratch: w.scores)
        }
        project(w.context, inputWidth: h, weight: layer.attentionOutput, bias: layer.attentionOutputBias,
                normScale: layer.attentionNormScale, normShift: layer.attentionNormShift, tokens: tokens, workspace: w)
    }

    /// `output ← input W_qkvᵀ + b_qkv` for `rows` rows: the fused query/key/value projection.
    private func projectQueryKeyValue(
        _ layer: BertLayerWeights, input: UnsafePointer<Float>, rows: Int, into output: UnsafeMutablePointer<Float>
    ) {
        let h = configuration.hiddenSize, width = 3 * h
        layer.queryKeyValue.withUnsafeBufferPointer { weight in
        layer.queryKeyValueBias.withUnsafeBufferPointer { bias in
            Kernels.fillRows(output, rows: rows, width: width, with: bias.baseAddress!)
            kernels.addLinear(input, rows: rows, inputWidth: h, weight: weight.baseAddress!, outputWidth: width, into: output)
        }}
    }

    /// The projection of the distinct tokens only, copied to every token: the distinct input
    /// rows are gathered into ``EncoderWorkspace/context`` and projected into
    /// ``EncoderWorkspace/intermediate`` (both free until later in the layer).
    private func projectQueryKeyValue(_ layer: BertLayerWeights, distinct: DistinctTokens, workspace w: EncoderWorkspace) {
        let h = configuration.hiddenSize, width = 3 * h
        for (row, token) in distinct.firstToken.enumerated() {
            (w.context + row * h).update(from: w.hidden + token * h, count: h)
        }
        projectQueryKeyValue(layer, input: w.context, rows: distinct.count, into: w.intermediate)
        for (token, pair) in distinct.pairOfToken.enumerated() {
            (w.queryKeyValue + token * width).update(from: w.intermediate + pair * width, count: width)
        }
    }

    /// Feed-forward: `GELU(x W₁ᵀ + b₁) W₂ᵀ + b₂`.
    func feedForward(_ layer: BertLayerWeights, tokens: Int, workspace w: EncoderWorkspace) {
        let h = configuration.hiddenSize, i = configuration.intermediateSize
        layer.intermediate.withUnsafeBufferPointer { weight in
        layer.intermediateBias.withUnsafeBufferPointer { bias in
            Kernels.fillRows(w.intermediate, rows: tokens, width: i, with: bias.baseAddress!)
            kernels.addLinear(w.hidden, rows: tokens, inputWidth: h, weight: weight.baseAddress!, outputWidth: i,
                              into: w.intermediate)
        }}
        kernels.gelu(w.intermediate, count: tokens * i)
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
            kernels.addLinear(input, rows: tokens, inputWidth: inputWidth, weight: weight.baseAddress!, outputWidth: h,
                              into: w.residual)
        }}
        normScale.withUnsafeBufferPointer { scale in
        normShift.withUnsafeBufferPointer { shift in
            kernels.layerNorm(w.residual, rows: tokens, width: h, scale: scale.baseAddress!, shift: shift.baseAddress!,
                              epsilon: configuration.layerNormEpsilon)
        }}
        w.swapHiddenAndResidual()
    }
}

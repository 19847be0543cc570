/// The weights of one transformer layer. Matrices are row-major `[out × in]`, as stored by
/// PyTorch; the query, key and value projections are stacked into one `[3·hidden × hidden]`
/// matrix so a single product computes all three.
struct BertLayerWeights: Sendable {
    let queryKeyValue: [Float], queryKeyValueBias: [Float]
    let attentionOutput: [Float], attentionOutputBias: [Float]
    let attentionNormScale: [Float], attentionNormShift: [Float]
    let intermediate: [Float], intermediateBias: [Float]
    let output: [Float], outputBias: [Float]
    let outputNormScale: [Float], outputNormShift: [Float]
}

/// All weights of a BERT encoder, read from a safetensors file in Hugging Face's naming.
struct BertWeights: Sendable {
    let configuration: BertConfiguration
    /// `[vocabulary × hidden]`.
    let wordEmbeddings: [Float]
    /// `[maxPositions × hidden]`.
    let positionEmbeddings: [Float]
    /// Row 0 of the token-type embeddings (all token types are 0 for single sentences).
    let tokenTypeEmbedding: [Float]
    let embeddingNormScale: [Float], embeddingNormShift: [Float]
    let layers: [BertLayerWeights]

    /// Rows of the word-embedding matrix: the vocabulary size the model expects.
    var vocabularySize: Int { wordEmbeddings.count / configuration.hiddenSize }

    /// Reads and shape-checks every tensor; names missing tensors, wrong dtypes and shapes.
    init(file: SafeTensors, configuration: BertConfiguration = .miniLM) throws {
        let h = configuration.hiddenSize, i = configuration.intermediateSize
        let wordName = "embeddings.word_embeddings.weight"
        guard let wordShape = file.shape(of: wordName) else {
            throw SentenceEncoderError.missingTensor(name: wordName, path: file.path)
        }
        let rows = wordShape.first ?? 0
        self.configuration = configuration
        wordEmbeddings = try file.floats(wordName, shape: [rows, h])
        positionEmbeddings = try file.floats("embeddings.position_embeddings.weight", shape: [configuration.maxPositions, h])
        let tokenTypes = try file.floats("embeddings.token_type_embeddings.weight", shape: [2, h])
        tokenTypeEmbedding = Array(tokenTypes[0..<h])
        embeddingNormScale = try file.floats("embeddings.LayerNorm.weight", shape: [h])
        embeddingNormShift = try file.floats("embeddings.LayerNorm.bias", shape: [h])
        layers = try (0..<configuration.layerCount).map { index in
            let p = "encoder.layer.\(index)."
            func matrix(_ name: String, _ shape: [Int]) throws -> [Float] { try file.floats(p + name, shape: shape) }
            return BertLayerWeights(
                queryKeyValue: try ["query", "key", "value"].flatMap { try matrix("attention.self.\($0).weight", [h, h]) },
                queryKeyValueBias: try ["query", "key", "value"].flatMap { try matrix("attention.self.\($0).bias", [h]) },
                attentionOutput: try matrix("attention.output.dense.weight", [h, h]),
                attentionOutputBias: try matrix("attention.output.dense.bias", [h]),
                attentionNormScale: try matrix("attention.output.LayerNorm.weight", [h]),
                attentionNormShift: try matrix("attention.output.LayerNorm.bias", [h]),
                intermediate: try matrix("intermediate.dense.weight", [i, h]),
                intermediateBias: try matrix("intermediate.dense.bias", [i]),
                output: try matrix("output.dense.weight", [h, i]),
                outputBias: try matrix("output.dense.bias", [h]),
                outputNormScale: try matrix("output.LayerNorm.weight", [h]),
                outputNormShift: try matrix("output.LayerNorm.bias", [h]))
        }
    }
}

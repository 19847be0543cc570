import Foundation
import LinearAlgebra

/// all-MiniLM-L6-v2 sentence embeddings, computed natively: WordPiece tokenisation, the 6-layer
/// BERT encoder, mean pooling over the tokens and L2 normalisation — 384-dimensional unit vectors
/// matching sentence-transformers' `SentenceTransformer("all-MiniLM-L6-v2").encode`.
///
/// ```swift
/// let encoder = try SentenceEncoder.miniLM()
/// let vectors = encoder.encode(["How far is Denver?", "Who was Galileo?"])  // [[Float]], 384-d
/// ```
public final class SentenceEncoder: Sendable {
    /// The tokenizer that turns text into model input ids.
    public let tokenizer: WordPieceTokenizer
    /// Length of the embeddings (384).
    public var dimension: Int { model.configuration.hiddenSize }
    /// Sequences are batched in runs of about this many tokens (see ``encode(_:)``).
    public let batchTokenBudget: Int
    /// Worker threads used by ``encode(_:)`` (default: the number of active processors).
    public let threads: Int
    /// The implementation of the kernels (see ``KernelPath``; every path gives the same embeddings).
    public var kernels: KernelPath { model.kernels }

    /// Where ``encode(_:)`` keeps embeddings between runs; nil disables caching.
    public let cache: EmbeddingCache?
    /// Texts per cache chunk: besides one entry for the whole list, a longer list is stored in
    /// consecutive chunks of this many texts, so a partly changed list reuses unchanged chunks.
    public let cacheChunkSize: Int

    let model: BertEncoder
    let fingerprint: ModelFingerprint

    /// Loads all-MiniLM-L6-v2 from `directory`, `$MINILM_DIR` or `<repo>/.cache/minilm`; when the
    /// files are missing the error says to run `scripts/fetch-model.sh`. Embeddings are cached in
    /// `cache` (default: ``EmbeddingCache/standard``; pass nil to always compute). `kernels`
    /// picks the implementation (default: ``KernelPath/current``, from `NOTEBOOK_ENGINE_KERNELS`).
    public static func miniLM(
        directory: String? = nil, cache: EmbeddingCache? = .standard, kernels: KernelPath = .current
    ) throws -> SentenceEncoder {
        try SentenceEncoder(files: MiniLMFiles.locate(in: directory), cache: cache, kernels: kernels)
    }

    /// Loads the weights and vocabulary at `files`; throws when either is missing, truncated or
    /// malformed, when the vocabulary size differs from the word-embedding rows, or when this CPU
    /// cannot run `kernels`.
    public convenience init(
        files: MiniLMFiles, cache: EmbeddingCache? = nil, cacheChunkSize: Int = 512,
        batchTokenBudget: Int = 1024, threads: Int? = nil, kernels: KernelPath = .current
    ) throws {
        try self.init(files: files, cache: cache, cacheChunkSize: cacheChunkSize, batchTokenBudget: batchTokenBudget,
                      threads: threads, kernels: kernels, fingerprintFile: files.weights)
    }

    /// As the public initialiser, with cache keys derived from `fingerprintFile`'s hash (tests
    /// use a small file to avoid hashing the weights in unoptimised builds).
    init(
        files: MiniLMFiles, cache: EmbeddingCache?, cacheChunkSize: Int,
        batchTokenBudget: Int, threads: Int?, kernels: KernelPath = .current, fingerprintFile: String
    ) throws {
        guard kernels.isSupported else { throw SentenceEncoderError.unsupportedKernels(kernels) }
        let configuration = BertConfiguration.miniLM
        let vocabulary = try Vocabulary(contentsOfFile: files.vocabulary)
        let weights = try BertWeights(file: SafeTensors(contentsOfFile: files.weights), configuration: configuration)
        guard vocabulary.count == weights.vocabularySize else {
            throw SentenceEncoderError.vocabularyMismatch(vocabularySize: vocabulary.count, embeddingRows: weights.vocabularySize)
        }
        tokenizer = try WordPieceTokenizer(vocabulary: vocabulary, maxLength: min(256, configuration.maxPositions))
        model = BertEncoder(weights: weights, kernels: kernels)
        fingerprint = ModelFingerprint(path: fingerprintFile)
        self.cache = cache
        self.cacheChunkSize = max(1, cacheChunkSize)
        self.batchTokenBudget = max(1, batchTokenBudget)
        self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Unit-length embeddings of `texts`, in input order: `[[Float]]`, each of ``dimension``.
    ///
    /// With a ``cache``, embeddings computed before for the same model file, kernel code and texts
    /// are read back instead of recomputed. Repeated texts are encoded once. Texts are tokenised, sorted
    /// by length and run in packed batches of similar length (about ``batchTokenBudget`` tokens
    /// each) on ``threads`` worker threads; the result does not depend on the batching.
    public func encode(_ texts: [String]) -> [[Float]] {
        if let cache, !texts.isEmpty, let model = try? cacheIdentity() {
            return encode(texts, through: cache, model: model)
        }
        return computeEmbeddings(texts)
    }

    /// What cache keys name as the model: the weights file's SHA-256 and the SHA-256 of the
    /// binary holding the kernel code (``KernelCode``), so an entry is read back only by the
    /// code that would have computed exactly it. The kernel path is not part of it: every path
    /// gives the same bits.
    func cacheIdentity() throws -> [UInt8] { try fingerprint.value() + KernelCode.digest() }

    /// Runs the model on `texts` (no cache).
    func computeEmbeddings(_ texts: [String]) -> [[Float]] {
        var firstIndex: [String: Int] = [:]
        var unique: [String] = []
        let slots = texts.map { text in
            if let slot = firstIndex[text] { return slot }
            firstIndex[text] = unique.count
            unique.append(text)
            return unique.count - 1
        }
        let tokenizer = self.tokenizer
        let sequences = unique.parallelMap(threads: threads) { tokenizer.encode($0) }
        let plan = BatchPlan(sequences: sequences, tokenBudget: batchTokenBudget, maxSequences: 256)
        let vectors = BatchRunner.embed(sequences, plan: plan, model: model, workers: threads)
        return slots.map { vectors[$0] }
    }

    /// The unit-length embedding of one text (computed directly, without the cache).
    public func encode(_ text: String) -> [Float] { computeEmbeddings([text])[0] }

    /// Embeddings of raw UTF-8 byte strings; throws
    /// ``SentenceEncoderError/invalidUTF8(index:byteOffset:)`` naming the first invalid text.
    public func encode(utf8 texts: [[UInt8]]) throws -> [[Float]] {
        try encode(texts.enumerated().map { try WordPieceTokenizer.decode($0.element, index: $0.offset) })
    }
}

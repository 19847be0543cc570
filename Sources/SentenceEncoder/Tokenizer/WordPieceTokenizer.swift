/// BERT's uncased WordPiece tokenizer, reproducing the one sentence-transformers uses for
/// all-MiniLM-L6-v2 (Hugging Face `tokenizers`: `BertNormalizer`, `BertPreTokenizer`,
/// `WordPiece`, `BertProcessing`).
///
/// Each word from ``BasicTokenizer`` is split greedily, longest match first, into vocabulary
/// pieces; pieces after the first carry the `##` prefix. A word longer than
/// ``maxCharactersPerWord`` scalars, or one that cannot be split completely, becomes `[UNK]`.
/// ``encode(_:)`` wraps the pieces in `[CLS]` … `[SEP]` and keeps at most ``maxLength`` ids.
public struct WordPieceTokenizer: Sendable {
    /// The vocabulary the pieces come from.
    public let vocabulary: Vocabulary
    /// The most ids ``encode(_:)`` returns, `[CLS]` and `[SEP]` included (256 for MiniLM).
    public let maxLength: Int
    /// Words longer than this many Unicode scalars become `[UNK]` (100, as in BERT).
    public let maxCharactersPerWord = 100

    /// The ids of `[CLS]`, `[SEP]`, `[UNK]` in ``vocabulary``.
    public let classifierID: Int, separatorID: Int, unknownID: Int
    private let basic = BasicTokenizer()

    /// A tokenizer over `vocabulary`; throws when `[CLS]`, `[SEP]` or `[UNK]` is missing.
    public init(vocabulary: Vocabulary, maxLength: Int = 256) throws {
        func special(_ token: String) throws -> Int {
            guard let id = vocabulary.id(of: token) else { throw SentenceEncoderError.missingSpecialToken(token) }
            return id
        }
        self.vocabulary = vocabulary
        self.maxLength = max(2, maxLength)
        classifierID = try special("[CLS]")
        separatorID = try special("[SEP]")
        unknownID = try special("[UNK]")
    }

    /// A tokenizer reading its vocabulary from `vocab.txt` at `path`.
    public init(vocabularyFile path: String, maxLength: Int = 256) throws {
        try self.init(vocabulary: Vocabulary(contentsOfFile: path), maxLength: maxLength)
    }

    /// The model input for `text`: `[CLS]`, the first `maxLength − 2` piece ids, `[SEP]`.
    public func encode(_ text: String) -> [Int] {
        var ids = [classifierID]
        ids.append(contentsOf: pieceIDs(text, limit: maxLength - 2))
        ids.append(separatorID)
        return ids
    }

    /// ``encode(_:)`` for raw bytes; throws ``SentenceEncoderError/invalidUTF8(index:byteOffset:)``
    /// when `bytes` is not valid UTF-8 (`index` is reported as given).
    public func encode(utf8 bytes: [UInt8], index: Int = 0) throws -> [Int] {
        try encode(Self.decode(bytes, index: index))
    }

    /// The word pieces of `text` as strings (no `[CLS]`/`[SEP]`, no truncation).
    public func tokenize(_ text: String) -> [String] {
        pieceIDs(text, limit: .max).map { vocabulary.tokens[$0] }
    }

    /// Decodes UTF-8 or throws an error naming text `index` and the first bad byte.
    static func decode(_ bytes: [UInt8], index: Int) throws -> String {
        switch UTF8Validation.decode(bytes) {
        case .success(let text): return text
        case .failure(let bad): throw SentenceEncoderError.invalidUTF8(index: index, byteOffset: bad.offset)
        }
    }

    /// Piece ids of all words of `text`, stopping after `limit` ids.
    private func pieceIDs(_ text: String, limit: Int) -> [Int] {
        var ids: [Int] = []
        for word in basic.words(text) {
            if ids.count >= limit { break }
            appendPieces(of: word, to: &ids)
        }
        if ids.count > limit { ids.removeLast(ids.count - limit) }
        return ids
    }

    /// Greedy longest-match-first split of one word; the whole word is `[UNK]` if any part fails.
    private func appendPieces(of word: [Unicode.Scalar], to ids: inout [Int]) {
        guard word.count <= maxCharactersPerWord else { ids.append(unknownID); return }
        var pieces: [Int] = []
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int?
            while end > start {
                var candidate = String.UnicodeScalarView()
                if start > 0 { candidate.append(contentsOf: "##".unicodeScalars) }
                candidate.append(contentsOf: word[start..<end])
                if let id = vocabulary.id(of: String(candidate)) { found = id; break }
                end -= 1
            }
            guard let id = found else { ids.append(unknownID); return }
            pieces.append(id)
            start = end
        }
        ids.append(contentsOf: pieces)
    }
}

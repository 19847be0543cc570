import Foundation

/// A WordPiece vocabulary: token strings and their ids (the line number in `vocab.txt`).
public struct Vocabulary: Sendable {
    /// Tokens in id order.
    public let tokens: [String]
    private let ids: [String: Int]

    /// A vocabulary whose token `i` has id `i`. A repeated token keeps its last id, as in BERT.
    public init(tokens: [String]) {
        self.tokens = tokens
        var ids = [String: Int](minimumCapacity: tokens.count)
        for (id, token) in tokens.enumerated() { ids[token] = id }
        self.ids = ids
    }

    /// Reads `vocab.txt`: one token per line, ids counted from 0.
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SentenceEncoderError.unreadableFile(path: path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SentenceEncoderError.unreadableFile(path: path, reason: "not UTF-8 text")
        }
        // Split the bytes, not the Characters: "\r\n" is one Character in Swift.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        self.init(tokens: lines)
    }

    /// The number of tokens.
    public var count: Int { tokens.count }

    /// The id of `token`, or nil when it is not in the vocabulary.
    public func id(of token: String) -> Int? { ids[token] }

    /// The token with id `id`, or nil when out of range.
    public func token(withID id: Int) -> String? {
        tokens.indices.contains(id) ? tokens[id] : nil
    }
}

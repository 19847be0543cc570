import Foundation
import NotebookRuntime

/// A folder of cached embeddings, one file per list of texts.
///
/// An entry's key is the SHA-256 of the model file's SHA-256 and the texts (each prefixed by
/// its byte length), so a different model or any changed text gives a different key. Writes go
/// to a uniquely named temporary file that is then renamed into place — atomic on POSIX file
/// systems — so two processes writing at once each leave a complete file. Reads verify length,
/// key and checksum (see ``CacheEntry``): a damaged entry counts as missing and is recomputed.
public struct EmbeddingCache: Sendable, Equatable {
    /// The folder holding the entries (created on first write).
    public let directory: URL

    /// A cache in `directory`.
    public init(directory: URL) { self.directory = directory }

    /// `$EMBEDDING_CACHE_DIR`, else `.cache/embeddings` beside the project's `.cache/minilm`
    /// (the nearest folder at or above the working directory that has one), else in the
    /// working directory.
    public static var standard: EmbeddingCache {
        if let dir = ProcessInfo.processInfo.environment["EMBEDDING_CACHE_DIR"], !dir.isEmpty {
            return EmbeddingCache(directory: URL(fileURLWithPath: dir))
        }
        let models = MiniLMFiles.projectDirectories()
        let model = models.first { FileManager.default.fileExists(atPath: $0) } ?? models[0]
        return EmbeddingCache(directory: URL(fileURLWithPath: model).deletingLastPathComponent().appendingPathComponent("embeddings"))
    }

    /// The key of `texts` embedded by the model whose file hash is `model`.
    public static func key(model: [UInt8], texts: some Collection<String>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update("sentence-embeddings/v1")
        hasher.update(model)
        hasher.update(lengthPrefix(texts.count))
        for text in texts {
            hasher.update(lengthPrefix(text.utf8.count))
            hasher.update(text)
        }
        return hasher.finalize()
    }

    /// `n` as 8 little-endian bytes, so that text boundaries are part of the key.
    private static func lengthPrefix(_ n: Int) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: UInt64(n) >> (8 * UInt64($0))) } }

    /// Lower-case hexadecimal digits of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    /// The file of the entry with `key`.
    func url(for key: [UInt8]) -> URL { directory.appendingPathComponent(Self.hex(key) + ".emb") }

    /// The stored vectors for `key`, or nil when absent, truncated, corrupt or of another shape.
    public func load(key: [UInt8], count: Int, dimension: Int) -> [[Float]]? {
        guard let data = FileManager.default.contents(atPath: url(for: key).path) else { return nil }
        return CacheEntry.decode(data, key: key, count: count, dimension: dimension)
    }

    /// Stores `vectors` under `key`: write a temporary file, then rename it over the entry.
    public func store(_ vectors: [[Float]], dimension: Int, key: [UInt8]) throws {
        let target = url(for: key)
        let temporary = directory.appendingPathComponent(
            ".\(Self.hex(key)).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try CacheEntry.encode(vectors, dimension: dimension, key: key).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw SentenceEncoderError.cacheWriteFailed(path: target.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SentenceEncoderError.cacheWriteFailed(path: target.path, reason: reason)
        }
    }
}

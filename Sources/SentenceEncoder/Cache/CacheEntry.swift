import Foundation
import NotebookRuntime

/// The on-disk format of one cache entry (all integers little-endian):
///
/// | bytes | content                                   |
/// |-------|-------------------------------------------|
/// | 4     | magic `MLEC`                              |
/// | 4     | format version (1)                        |
/// | 32    | the entry's key                           |
/// | 4 + 4 | vector count `n`, dimension `d`           |
/// | 4·n·d | the vectors as Float32, row after row     |
/// | 32    | SHA-256 of all preceding bytes            |
///
/// Decoding checks the exact length, magic, version, key, shape and checksum, so a truncated,
/// corrupted or misplaced file is never mistaken for embeddings.
enum CacheEntry {
    static let magic: [UInt8] = Array("MLEC".utf8)
    static let version: UInt32 = 1
    static let headerSize = 4 + 4 + 32 + 4 + 4
    static let checksumSize = 32

    /// The bytes of an entry holding `vectors` (all of length `dimension`) under `key`.
    static func encode(_ vectors: [[Float]], dimension: Int, key: [UInt8]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(headerSize + 4 * vectors.count * dimension + checksumSize)
        bytes += magic
        append(version, to: &bytes)
        bytes += key
        append(UInt32(vectors.count), to: &bytes)
        append(UInt32(dimension), to: &bytes)
        for vector in vectors { for value in vector { append(value.bitPattern, to: &bytes) } }
        var hasher = SHA256()
        hasher.update(bytes)
        bytes += hasher.finalize()
        return Data(bytes)
    }

    /// The vectors stored in `data`, or nil unless it is a complete, intact entry for `key`
    /// holding `count` vectors of `dimension`, every value finite (so the encoder never hands
    /// on a NaN from its cache).
    static func decode(_ data: Data, key: [UInt8], count: Int, dimension: Int) -> [[Float]]? {
        let payload = 4 * count * dimension
        guard data.count == headerSize + payload + checksumSize else { return nil }
        return data.withUnsafeBytes { raw -> [[Float]]? in
            guard Array(raw[0..<4]) == magic, load(raw, 4) == version, Array(raw[8..<40]) == key,
                  load(raw, 40) == UInt32(count), load(raw, 44) == UInt32(dimension) else { return nil }
            var hasher = SHA256()
            hasher.update(UnsafeRawBufferPointer(rebasing: raw[0..<(headerSize + payload)]))
            guard hasher.finalize() == Array(raw[(headerSize + payload)...]) else { return nil }
            let vectors = (0..<count).map { row in
                (0..<dimension).map { j in Float(bitPattern: load(raw, headerSize + 4 * (row * dimension + j))) }
            }
            return vectors.allSatisfy { $0.allSatisfy(\.isFinite) } ? vectors : nil
        }
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    private static func load(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}

import Foundation
import Testing
@testable import SentenceEncoder

@Suite struct CacheEntryTests {
    let key = [UInt8](repeating: 7, count: 32)
    let vectors: [[Float]] = [[1, -2, 0.5], [0, 3.25, -1e-7]]

    @Test func roundTrips() {
        let data = CacheEntry.encode(vectors, dimension: 3, key: key)
        #expect(data.count == CacheEntry.headerSize + 24 + CacheEntry.checksumSize)
        #expect(CacheEntry.decode(data, key: key, count: 2, dimension: 3) == vectors)
    }

    @Test func rejectsTruncatedCorruptOrForeignEntries() {
        let data = CacheEntry.encode(vectors, dimension: 3, key: key)
        #expect(CacheEntry.decode(data.prefix(data.count - 1), key: key, count: 2, dimension: 3) == nil)
        #expect(CacheEntry.decode(data + [0], key: key, count: 2, dimension: 3) == nil)
        for position in [0, 5, 20, 45, 60, data.count - 1] {  // magic, version, key, shape, payload, checksum
            var corrupt = data
            corrupt[position] ^= 0x10
            #expect(CacheEntry.decode(corrupt, key: key, count: 2, dimension: 3) == nil, "flipped byte \(position)")
        }
        #expect(CacheEntry.decode(data, key: [UInt8](repeating: 8, count: 32), count: 2, dimension: 3) == nil)
        #expect(CacheEntry.decode(data, key: key, count: 3, dimension: 2) == nil)
    }
}

@Suite struct EmbeddingCacheTests {
    @Test func fingerprintIsTheFileHash() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("weights").path
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        #expect(EmbeddingCache.hex(try ModelFingerprint(path: path).value())
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")  // SHA-256("abc")
        #expect(throws: SentenceEncoderError.self) { try ModelFingerprint(path: path + ".missing").value() }
    }

    @Test func keysDependOnModelAndEveryText() {
        let model = [UInt8](repeating: 1, count: 32)
        let key = EmbeddingCache.key(model: model, texts: ["a", "bc"])
        #expect(key == EmbeddingCache.key(model: model, texts: ["a", "bc"]))
        #expect(key != EmbeddingCache.key(model: [UInt8](repeating: 2, count: 32), texts: ["a", "bc"]))
        #expect(key != EmbeddingCache.key(model: model, texts: ["ab", "c"]))  // length prefixes
        #expect(key != EmbeddingCache.key(model: model, texts: ["a", "bc", ""]))
    }

    @Test func storesLoadsAndIgnoresDamagedFiles() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EmbeddingCache(directory: folder.appendingPathComponent("nested"))
        let key = [UInt8](repeating: 3, count: 32)
        #expect(cache.load(key: key, count: 1, dimension: 2) == nil)
        try cache.store([[0.6, 0.8]], dimension: 2, key: key)
        #expect(cache.load(key: key, count: 1, dimension: 2) == [[0.6, 0.8]])
        let file = cache.url(for: key)
        let data = try Data(contentsOf: file)
        try data.prefix(data.count / 2).write(to: file)
        #expect(cache.load(key: key, count: 1, dimension: 2) == nil)
    }

    @Test func concurrentWritersLeaveOneCompleteEntry() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EmbeddingCache(directory: folder)
        let key = [UInt8](repeating: 4, count: 32)
        let vectors = (0..<200).map { i in (0..<384).map { Float(i * 384 + $0) } }
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for _ in 0..<3 {
                try? cache.store(vectors, dimension: 384, key: key)
                if let read = cache.load(key: key, count: 200, dimension: 384) {
                    #expect(read == vectors, "worker \(worker) read a partial entry")
                }
            }
        }
        #expect(cache.load(key: key, count: 200, dimension: 384) == vectors)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == [EmbeddingCache.hex(key) + ".emb"])  // no temporary files left behind
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func encoderReusesAndRepairsEntries() throws {
        let files = try #require(TestSupport.modelFiles)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EmbeddingCache(directory: folder)
        // Keys come from the vocabulary's hash: hashing 90 MB of weights is slow in debug builds.
        let encoder = try SentenceEncoder(files: files, cache: cache, cacheChunkSize: 2, batchTokenBudget: 1024,
                                          threads: nil, fingerprintFile: files.vocabulary)
        let texts = ["How far is Denver ?", "Who was Galileo ?", "What is a caldera ?", "Why is the sky blue ?", "A"]
        let expected = try #require(TestSupport.encoder).encode(texts)

        let first = encoder.encode(texts)
        #expect(first == expected)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".emb") }
        #expect(entries.count == 4)  // chunks [0,1], [2,3], [4] and the whole list

        // Damage every entry: results must still be right, and the entries repaired.
        for name in entries {
            let url = folder.appendingPathComponent(name)
            var data = try Data(contentsOf: url)
            data[data.count / 2] ^= 0xFF
            try data.write(to: url)
        }
        #expect(encoder.encode(texts) == expected)
        let model = try encoder.cacheIdentity()
        #expect(cache.load(key: EmbeddingCache.key(model: model, texts: texts), count: 5, dimension: 384) == expected)
        #expect(cache.load(key: EmbeddingCache.key(model: model, texts: texts[2..<4]), count: 2, dimension: 384)
                == Array(expected[2..<4]))
    }
}

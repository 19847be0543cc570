/// Encoding through the on-disk ``EmbeddingCache``.
extension SentenceEncoder {
    /// Looks up the whole list, then each chunk; encodes only the texts of missing chunks and
    /// stores what it computed. Write failures are ignored: the cache only saves time.
    func encode(_ texts: [String], through cache: EmbeddingCache, model: [UInt8]) -> [[Float]] {
        let d = dimension
        let wholeKey = EmbeddingCache.key(model: model, texts: texts)
        if let vectors = cache.load(key: wholeKey, count: texts.count, dimension: d) { return vectors }

        let chunks = stride(from: 0, to: texts.count, by: cacheChunkSize).map {
            $0..<min($0 + cacheChunkSize, texts.count)
        }
        if chunks.count <= 1 {  // the list is a single chunk: its key is the whole-list key
            let vectors = computeEmbeddings(texts)
            try? cache.store(vectors, dimension: d, key: wholeKey)
            return vectors
        }
        let keys = chunks.map { EmbeddingCache.key(model: model, texts: texts[$0]) }
        var found = zip(chunks, keys).map { cache.load(key: $1, count: $0.count, dimension: d) }
        let missing = chunks.indices.filter { found[$0] == nil }
        let computed = computeEmbeddings(missing.flatMap { texts[chunks[$0]] })
        var offset = 0
        for c in missing {
            let vectors = Array(computed[offset..<(offset + chunks[c].count)])
            offset += vectors.count
            try? cache.store(vectors, dimension: d, key: keys[c])
            found[c] = vectors
        }
        let vectors = found.flatMap { $0 ?? [] }
        try? cache.store(vectors, dimension: d, key: wholeKey)
        return vectors
    }
}

/// The terms of a fitted vectorizer, in code-point order (scikit-learn's order), with the
/// number of fitting documents each occurs in.
struct TermVocabulary: Sendable, Equatable {
    let terms: [String]
    let documentFrequencies: [Int]
    let documentCount: Int
    private let index: [String: Int]

    /// Counts the words of `texts`; keeps terms in at least `minDocumentFrequency` documents, then
    /// — when `maxFeatures` is set — the `maxFeatures` most frequent in total (ties by term order).
    init(fitting texts: [String], lowercase: Bool, minDocumentFrequency: Int, maxFeatures: Int?) {
        var total: [String: Int] = [:]
        var documents: [String: Int] = [:]
        for text in texts {
            let words = WordTokenizer.words(text, lowercase: lowercase)
            for word in words { total[word, default: 0] += 1 }
            for word in Set(words) { documents[word, default: 0] += 1 }
        }
        var kept = documents.keys.filter { documents[$0]! >= minDocumentFrequency }.sorted(by: Self.codePointOrder)
        if let limit = maxFeatures, kept.count > limit {
            let chosen = kept.enumerated().sorted { a, b in
                (total[a.element]!, b.offset) > (total[b.element]!, a.offset)
            }.prefix(max(0, limit)).map(\.element)
            kept = chosen.sorted(by: Self.codePointOrder)
        }
        terms = kept
        documentFrequencies = kept.map { documents[$0]! }
        documentCount = texts.count
        index = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
    }

    /// Python's string order: by Unicode scalar values (UTF-8 byte order is the same).
    static func codePointOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// The column of `term`, or nil when it is not in the vocabulary.
    func column(of term: String) -> Int? { index[term] }

    /// Term counts of `text` as (column, count) pairs sorted by column; unknown words are ignored.
    func counts(_ text: String, lowercase: Bool) -> [(column: Int, count: Int)] {
        var counts: [Int: Int] = [:]
        for word in WordTokenizer.words(text, lowercase: lowercase) {
            if let column = index[word] { counts[column, default: 0] += 1 }
        }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

import Foundation

/// TF-IDF features, like scikit-learn's `TfidfVectorizer()` with its defaults: raw term counts
/// times the smoothed inverse document frequency of the pool,
/// `idf(t) = ln((1 + n) / (1 + df(t))) + 1` (n pool documents, df(t) of them containing t),
/// then each row scaled to unit L2 norm (rows without known words stay zero).
///
/// ```swift
/// let tfidf = TFIDFVectorizer().fit(poolTexts)
/// let x = tfidf.transform(texts)       // [[Float]]
/// ```
public struct TFIDFVectorizer: Sendable {
    /// Keep only terms found in at least this many pool documents (`min_df`).
    public var minDocumentFrequency: Int
    /// Keep only this many terms, the most frequent in the pool (`max_features`); nil keeps all.
    public var maxFeatures: Int?
    /// Lower-case texts before finding words.
    public var lowercase: Bool

    /// A vectorizer with scikit-learn's defaults unless told otherwise.
    public init(minDocumentFrequency: Int = 1, maxFeatures: Int? = nil, lowercase: Bool = true) {
        self.minDocumentFrequency = minDocumentFrequency
        self.maxFeatures = maxFeatures
        self.lowercase = lowercase
    }

    /// Learns the vocabulary and document frequencies of `texts` (the pool only).
    public func fit(_ texts: [String]) -> TFIDF {
        let vocabulary = TermVocabulary(fitting: texts, lowercase: lowercase,
                                        minDocumentFrequency: minDocumentFrequency, maxFeatures: maxFeatures)
        let n = Double(vocabulary.documentCount)
        let idf = vocabulary.documentFrequencies.map { Foundation.log((1 + n) / (1 + Double($0))) + 1 }
        return TFIDF(counts: BagOfWords(vocabulary: vocabulary, lowercase: lowercase), idf: idf)
    }
}

import Foundation
import LinearAlgebra

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
    /// The counting step: vocabulary settings (`min_df`, `max_features`, lower-casing).
    public var counting: BagOfWordsVectorizer

    /// A vectorizer with scikit-learn's defaults unless told otherwise (see `BagOfWordsVectorizer`).
    public init(minDocumentFrequency: Int = 1, maxFeatures: Int? = nil, lowercase: Bool = true) {
        counting = BagOfWordsVectorizer(minDocumentFrequency: minDocumentFrequency, maxFeatures: maxFeatures, lowercase: lowercase)
    }

    /// Learns the vocabulary and document frequencies of `texts` (the pool only).
    public func fit(_ texts: [String]) -> TFIDF {
        let counts = counting.fit(texts)
        let n = Double(counts.vocabulary.documentCount)
        let idf = counts.vocabulary.documentFrequencies.map { Math.log((1 + n) / (1 + Double($0))) + 1 }
        return TFIDF(counts: counts, idf: idf)
    }
}

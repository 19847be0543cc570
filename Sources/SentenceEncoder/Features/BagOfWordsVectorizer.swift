/// Bag-of-words features, like scikit-learn's `CountVectorizer()`: word counts over a vocabulary
/// fitted on the pool only. Words are lower-cased runs of two or more letters, digits or `_`.
///
/// ```swift
/// let bow = BagOfWordsVectorizer().fit(poolTexts)
/// let x = bow.transform(testTexts)     // [[Float]], one column per vocabulary term
/// ```
public struct BagOfWordsVectorizer: Sendable {
    /// Keep only terms found in at least this many pool documents (scikit-learn's `min_df`).
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

    /// Learns the vocabulary of `texts` (the pool).
    public func fit(_ texts: [String]) -> BagOfWords {
        BagOfWords(vocabulary: TermVocabulary(fitting: texts, lowercase: lowercase,
                                              minDocumentFrequency: minDocumentFrequency, maxFeatures: maxFeatures),
                   lowercase: lowercase)
    }
}

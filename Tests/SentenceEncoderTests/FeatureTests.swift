import Foundation
import Testing
@testable import SentenceEncoder

/// Bag-of-words and TF-IDF against scikit-learn's output in `Fixtures/tfidf.json`.
@Suite struct FeatureTests {
    struct Fitted: Decodable {
        let vocabulary: [String]
        let idf: [Double]?
        let test: [[Double]]
        let pool: [[Double]]
    }
    struct Reference: Decodable {
        let pool: [String]
        let test: [String]
        let counts: Fitted
        let tfidf: Fitted
        let tfidf_min_df_2: Fitted
        let counts_max_features_2: Fitted
    }

    static let reference: Reference = {
        let data = try! Data(contentsOf: TestSupport.fixtureURL("tfidf.json"))
        return try! JSONDecoder().decode(Reference.self, from: data)
    }()

    func expectClose(_ actual: [[Float]], _ expected: [[Double]], _ label: String) {
        #expect(actual.count == expected.count, "\(label): row count")
        for (r, (a, e)) in zip(actual, expected).enumerated() {
            #expect(a.count == e.count, "\(label): row \(r) length")
            let worst = zip(a, e).map { abs(Double($0) - $1) }.max() ?? 0
            #expect(worst < 1e-6, "\(label): row \(r) differs by \(worst)")
        }
    }

    @Test func wordsFollowTheDefaultTokenPattern() {
        #expect(WordTokenizer.words("How far is it ? a b C3PO snake_case x1") == ["how", "far", "is", "it", "c3po", "snake_case", "x1"])
        #expect(WordTokenizer.words("İstanbul") == ["stanbul"])  // i + combining dot: the dot is not \w
        #expect(WordTokenizer.words("don't") == ["don"])
    }

    @Test func countsMatchScikitLearn() {
        let r = Self.reference
        let bow = BagOfWordsVectorizer().fit(r.pool)
        #expect(bow.terms == r.counts.vocabulary)
        expectClose(bow.transform(r.test), r.counts.test, "counts/test")
        expectClose(bow.transform(r.pool), r.counts.pool, "counts/pool")
    }

    @Test func tfidfMatchesScikitLearn() throws {
        let r = Self.reference
        let tfidf = TFIDFVectorizer().fit(r.pool)
        #expect(tfidf.terms == r.tfidf.vocabulary)
        let idf = try #require(r.tfidf.idf)
        #expect(zip(tfidf.idf, idf).allSatisfy { abs($0 - $1) < 1e-12 })
        expectClose(tfidf.transform(r.test), r.tfidf.test, "tfidf/test")
        expectClose(tfidf.transform(r.pool), r.tfidf.pool, "tfidf/pool")
    }

    @Test func vocabularyLimitsMatchScikitLearn() {
        let r = Self.reference
        let frequent = TFIDFVectorizer(minDocumentFrequency: 2).fit(r.pool)
        #expect(frequent.terms == r.tfidf_min_df_2.vocabulary)
        expectClose(frequent.transform(r.test), r.tfidf_min_df_2.test, "min_df=2/test")
        let top = BagOfWordsVectorizer(maxFeatures: 2).fit(r.pool)
        #expect(top.terms == r.counts_max_features_2.vocabulary)
        expectClose(top.transform(r.test), r.counts_max_features_2.test, "max_features=2/test")
    }

    @Test func sparseRowsHoldTheNonZeroEntries() {
        let r = Self.reference
        let tfidf = TFIDFVectorizer().fit(r.pool)
        for (sparse, dense) in zip(tfidf.transformSparse(r.test), tfidf.transform(r.test)) {
            #expect(sparse.dense == dense)
            #expect(sparse.indices == dense.indices.filter { dense[$0] != 0 })
        }
    }
}

import Foundation
import Testing
@testable import SentenceEncoder

/// Agreement with sentence-transformers on the 14 reference inputs of `Fixtures/minilm.json`.
@Suite struct ReferenceTests {
    @Test(.enabled(if: TestSupport.hasVocabulary, TestSupport.skipMessage))
    func tokenIDsMatchExactly() throws {
        let tokenizer = try WordPieceTokenizer(vocabularyFile: try #require(TestSupport.vocabularyFile))
        #expect(TestSupport.referenceCases.count == 14)
        for reference in TestSupport.referenceCases {
            #expect(tokenizer.encode(reference.text) == reference.input_ids, "text: \(reference.text.debugDescription)")
        }
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func embeddingsMatchReference() throws {
        let encoder = try #require(TestSupport.encoder)
        let cases = TestSupport.referenceCases
        let vectors = encoder.encode(cases.map(\.text))
        for (reference, vector) in zip(cases, vectors) {
            #expect(vector.count == 384)
            let cosine = TestSupport.cosine(vector, reference.embedding)
            #expect(cosine >= 0.9999, "text: \(reference.text.debugDescription), cosine \(cosine)")
        }
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func embeddingsDoNotDependOnBatching() throws {
        let encoder = try #require(TestSupport.encoder)
        let texts = TestSupport.referenceCases.map(\.text)
        let together = encoder.encode(texts)
        for (text, vector) in zip(texts, together).prefix(4) {
            let alone = encoder.encode(text)
            #expect(TestSupport.cosine(alone, vector) >= 0.999999)
        }
    }
}

import Foundation
import Testing
@testable import SentenceEncoder

/// Shared fixtures: the reference vectors and, when fetched, the real model files.
enum TestSupport {
    /// One case of `Fixtures/minilm.json` (computed by sentence-transformers).
    struct ReferenceCase: Decodable {
        let text: String
        let input_ids: [Int]
        let embedding: [Float]
    }

    struct ReferenceFile: Decodable { let cases: [ReferenceCase] }

    static func fixtureURL(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static let referenceCases: [ReferenceCase] = {
        let data = try! Data(contentsOf: fixtureURL("minilm.json"))
        return try! JSONDecoder().decode(ReferenceFile.self, from: data).cases
    }()

    /// The located model files, or nil when `scripts/fetch-model.sh` has not been run.
    static let modelFiles: MiniLMFiles? = try? MiniLMFiles.locate()
    static var hasModel: Bool { modelFiles != nil }
    /// `vocab.txt` alone suffices for the tokenizer tests.
    static let vocabularyFile: String? = MiniLMFiles.projectDirectories().map { $0 + "/vocab.txt" }
        .first { FileManager.default.fileExists(atPath: $0) }
    static var hasVocabulary: Bool { vocabularyFile != nil }
    static let skipMessage: Comment = "MiniLM files absent: run scripts/fetch-model.sh to enable this test"

    /// The encoder, loaded once for all tests.
    static let encoder: SentenceEncoder? = modelFiles.flatMap { try? SentenceEncoder(files: $0) }

    /// A fresh empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sentence-encoder-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Cosine similarity in Double.
    static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for (x, y) in zip(a, b) { dot += Double(x) * Double(y); na += Double(x) * Double(x); nb += Double(y) * Double(y) }
        return dot / (na.squareRoot() * nb.squareRoot())
    }
}

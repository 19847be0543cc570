import Foundation
import Testing
@testable import SentenceEncoder

/// Clear errors for missing, truncated or mismatched model files.
@Suite struct LoadingErrorTests {
    @Test func missingFilesNameTheFetchCommand() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try SentenceEncoder.miniLM(directory: folder.path)
        } throws: { error in
            let message = "\(error)"
            return message.contains("scripts/fetch-model.sh") && message.contains(folder.path)
                && message.contains("model.safetensors")
        }
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func vocabularyThatDoesNotFitIsRejected() throws {
        let files = try #require(TestSupport.modelFiles)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/model.safetensors", withDestinationPath: files.weights)
        try "[PAD]\n[UNK]\n[CLS]\n[SEP]\nhello\n".write(toFile: folder.path + "/vocab.txt", atomically: true, encoding: .utf8)
        #expect(throws: SentenceEncoderError.vocabularyMismatch(vocabularySize: 5, embeddingRows: 30522)) {
            try SentenceEncoder.miniLM(directory: folder.path)
        }
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func truncatedWeightsAreRejected() throws {
        let files = try #require(TestSupport.modelFiles)
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let handle = try #require(FileHandle(forReadingAtPath: files.weights))
        let head = try #require(try handle.read(upToCount: 1_000_000))
        try head.write(to: folder.appendingPathComponent("model.safetensors"))
        try FileManager.default.copyItem(atPath: files.vocabulary, toPath: folder.path + "/vocab.txt")
        #expect {
            try SentenceEncoder.miniLM(directory: folder.path)
        } throws: { error in
            guard case .truncatedFile(_, let expected, let actual)? = error as? SentenceEncoderError else { return false }
            return actual == 1_000_000 && expected > actual && "\(error)".contains("scripts/fetch-model.sh")
        }
    }

    @Test(.enabled(if: TestSupport.hasModel, TestSupport.skipMessage))
    func invalidUTF8InputIsAnError() throws {
        let encoder = try #require(TestSupport.encoder)
        #expect(throws: SentenceEncoderError.invalidUTF8(index: 1, byteOffset: 2)) {
            try encoder.encode(utf8: [Array("fine".utf8), [0x6F, 0x6B, 0xC0, 0x80]])  // overlong encoding
        }
        let vectors = try encoder.encode(utf8: [Array("Who was Galileo ?".utf8)])
        #expect(vectors == [encoder.encode("Who was Galileo ?")])
    }
}

/// Where the model files are looked for, and damaged weights (issue 13).
@Suite struct ModelLookupTests {
    @Test func anEmptyMiniLMDirIsAnErrorNamingIt() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try MiniLMFiles.locate(environment: ["MINILM_DIR": folder.path])
        } throws: { error in
            let message = "\(error)"
            return message.contains(folder.path) && message.contains("model.safetensors") && message.contains("MINILM_DIR")
        }
    }

    @Test func theProjectIsFoundAboveTheWorkingDirectory() throws {
        let folders = MiniLMFiles.projectDirectories(from: "/a/b/c")
        #expect(folders == ["/a/b/c/.cache/minilm", "/a/b/.cache/minilm", "/a/.cache/minilm", "/.cache/minilm"])
    }

    @Test func nonFiniteWeightsAreRefused() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A safetensors file with one F32 tensor [2] = [1, NaN].
        let header = #"{"t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
        var bytes = withUnsafeBytes(of: UInt64(header.utf8.count).littleEndian, Array.init) + Array(header.utf8)
        bytes += withUnsafeBytes(of: Float(1).bitPattern.littleEndian, Array.init)
        bytes += withUnsafeBytes(of: Float.nan.bitPattern.littleEndian, Array.init)
        let path = folder.appendingPathComponent("nan.safetensors").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let file = try SafeTensors(contentsOfFile: path)
        #expect(throws: SentenceEncoderError.nonFiniteTensor(name: "t", index: 1, path: path)) { try file.floats("t", shape: [2]) }
    }
}

import Foundation

/// Where the all-MiniLM-L6-v2 files live: `model.safetensors` and `vocab.txt` in one folder.
///
/// The folder is, in order: an explicit directory; `$MINILM_DIR`; `<repo>/.cache/minilm`, where
/// `scripts/fetch-model.sh` puts them (the repository root is found from this source file's
/// path, so lessons running in temporary folders still find it).
public struct MiniLMFiles: Sendable, Equatable {
    /// Path of `model.safetensors`.
    public let weights: String
    /// Path of `vocab.txt`.
    public let vocabulary: String

    /// The folders searched when no directory is given.
    public static var searchDirectories: [String] {
        var folders: [String] = []
        if let dir = ProcessInfo.processInfo.environment["MINILM_DIR"], !dir.isEmpty { folders.append(dir) }
        folders.append(repositoryRoot.appendingPathComponent(".cache/minilm").path)
        return folders
    }

    /// The repository root: three folders above `Sources/SentenceEncoder/Weights/`.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The files in `directory`, or in the first searched folder holding both; throws
    /// ``SentenceEncoderError/modelFilesMissing(file:searched:)`` naming the fetch command.
    public static func locate(in directory: String? = nil) throws -> MiniLMFiles {
        let folders = directory.map { [$0] } ?? searchDirectories
        let manager = FileManager.default
        for folder in folders {
            let files = MiniLMFiles(weights: folder + "/model.safetensors", vocabulary: folder + "/vocab.txt")
            if manager.fileExists(atPath: files.weights), manager.fileExists(atPath: files.vocabulary) { return files }
        }
        let first = folders.first ?? "."
        let missing = manager.fileExists(atPath: first + "/model.safetensors") ? "vocab.txt" : "model.safetensors"
        throw SentenceEncoderError.modelFilesMissing(file: missing, searched: folders)
    }
}

import Foundation

/// Where the all-MiniLM-L6-v2 files live: `model.safetensors` and `vocab.txt` in one folder.
///
/// The folder is an explicit directory; else `$MINILM_DIR` (and only it: a folder without the
/// files is an error naming it); else the project's `.cache/minilm`, where
/// `scripts/fetch-model.sh` puts them, found in the working directory or the nearest folder
/// above it that has one (`notebook` runs lessons in the folder it was started from). No path
/// is fixed at build time, so a built engine works from any checkout.
public struct MiniLMFiles: Sendable, Equatable {
    /// Path of `model.safetensors`.
    public let weights: String
    /// Path of `vocab.txt`.
    public let vocabulary: String

    /// The folders searched when no directory is given and `MINILM_DIR` is unset: `.cache/minilm`
    /// in `start` (default: the working directory) and in each folder above it.
    public static func projectDirectories(from start: String = FileManager.default.currentDirectoryPath) -> [String] {
        var folders: [String] = []
        var url = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            folders.append(url.appendingPathComponent(".cache/minilm").path)
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return folders }
            url = parent
        }
    }

    /// The files in `directory`, else in `$MINILM_DIR`, else in the first project folder
    /// holding both; throws ``SentenceEncoderError/modelFilesMissing(file:searched:)`` naming
    /// the fetch command, or ``SentenceEncoderError/modelDirectoryIncomplete(directory:missing:)``.
    public static func locate(in directory: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MiniLMFiles {
        if directory == nil, let variable = environment["MINILM_DIR"], !variable.isEmpty {
            let files = MiniLMFiles(folder: variable)
            if let missing = files.missingFile { throw SentenceEncoderError.modelDirectoryIncomplete(directory: variable, missing: missing) }
            return files
        }
        let folders = directory.map { [$0] } ?? projectDirectories()
        if let found = folders.lazy.map(MiniLMFiles.init(folder:)).first(where: { $0.missingFile == nil }) { return found }
        let first = MiniLMFiles(folder: folders.first ?? ".")
        throw SentenceEncoderError.modelFilesMissing(file: first.missingFile ?? "model.safetensors", searched: folders)
    }

    init(folder: String) {
        weights = folder + "/model.safetensors"
        vocabulary = folder + "/vocab.txt"
    }

    /// The first of the two files that is not there, if any.
    var missingFile: String? {
        let manager = FileManager.default
        if !manager.fileExists(atPath: weights) { return "model.safetensors" }
        if !manager.fileExists(atPath: vocabulary) { return "vocab.txt" }
        return nil
    }
}

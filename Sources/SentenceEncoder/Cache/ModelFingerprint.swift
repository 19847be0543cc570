import Foundation
import NotebookRuntime
import Synchronization

/// The SHA-256 of a model file, computed on first use and then remembered, so that loading the
/// encoder stays fast when the embedding cache is not used.
final class ModelFingerprint: Sendable {
    let path: String
    private let digest = Mutex<[UInt8]?>(nil)

    init(path: String) { self.path = path }

    /// The file's SHA-256; throws when the file cannot be read.
    func value() throws -> [UInt8] {
        try digest.withLock { digest in
            if let digest { return digest }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            } catch {
                throw SentenceEncoderError.unreadableFile(path: path, reason: error.localizedDescription)
            }
            var hasher = SHA256()
            data.withUnsafeBytes { raw in  // in 1 MiB pieces: the hasher buffers what it is given
                for start in stride(from: 0, to: raw.count, by: 1 << 20) {
                    hasher.update(UnsafeRawBufferPointer(rebasing: raw[start..<min(start + (1 << 20), raw.count)]))
                }
            }
            let value = hasher.finalize()
            digest = value
            return value
        }
    }
}

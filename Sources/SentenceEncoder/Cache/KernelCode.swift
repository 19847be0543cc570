internal import CEngineKernels
import Foundation
import NotebookRuntime

/// The kernel code's identity for cache keys: the SHA-256 of the binary that holds the engine's
/// kernels (the engine library in a lesson, the test executable in tests), computed once.
enum KernelCode {
    /// The digest; throws when the binary cannot be found or read.
    static func digest() throws -> [UInt8] { try computed.get() }

    private static let computed = Result<[UInt8], any Error> {
        guard let location = ek_code_location() else {
            throw SentenceEncoderError.unreadableFile(path: "the engine library", reason: "the dynamic linker does not know where it is")
        }
        return try ModelFingerprint(path: String(cString: location)).value()
    }
}

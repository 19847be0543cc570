import LinearAlgebra

/// Everything that can go wrong when loading or running the sentence encoder.
///
/// Each message names what was wrong and where, and — for missing model files — the command
/// that fetches them.
public enum SentenceEncoderError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The model files are not in any of the searched folders.
    case modelFilesMissing(file: String, searched: [String])
    /// A file exists but could not be read.
    case unreadableFile(path: String, reason: String)
    /// A safetensors file is shorter than its header says.
    case truncatedFile(path: String, expectedBytes: Int, actualBytes: Int)
    /// A safetensors header is not what the format requires.
    case invalidHeader(path: String, reason: String)
    /// The weights lack a tensor the model needs.
    case missingTensor(name: String, path: String)
    /// A tensor has a data type other than the one the model reads.
    case unsupportedDType(name: String, dtype: String, expected: String)
    /// A tensor has the wrong shape.
    case shapeMismatch(name: String, expected: [Int], actual: [Int])
    /// The vocabulary file has a different number of entries than the embedding matrix has rows.
    case vocabularyMismatch(vocabularySize: Int, embeddingRows: Int)
    /// The vocabulary lacks a special token such as `[CLS]`.
    case missingSpecialToken(String)
    /// Input text `index` is not valid UTF-8 from byte `byteOffset` on.
    case invalidUTF8(index: Int, byteOffset: Int)
    /// An embedding-cache entry could not be written.
    case cacheWriteFailed(path: String, reason: String)
    /// Tensor `name` holds NaN or an infinity (first at flat `index`): the file is damaged.
    case nonFiniteTensor(name: String, index: Int, path: String)
    /// `$MINILM_DIR` names a folder without the model files.
    case modelDirectoryIncomplete(directory: String, missing: String)
    /// The requested kernel path needs instructions this CPU lacks.
    case unsupportedKernels(KernelPath)

    /// The command that downloads the MiniLM files into the default cache folder.
    public static let fetchCommand = "scripts/fetch-model.sh"

    /// A one-line message naming what was wrong and where.
    public var description: String {
        switch self {
        case let .modelFilesMissing(file, searched):
            return "MiniLM model file \(file) not found (looked in: \(searched.joined(separator: ", "))). "
                + "Fetch it with `\(Self.fetchCommand)` from the repository root "
                + "(or set MINILM_DIR to a folder holding model.safetensors and vocab.txt)."
        case let .unreadableFile(path, reason):
            return "cannot read \(path): \(reason)"
        case let .truncatedFile(path, expected, actual):
            return "\(path) is truncated: the header needs \(expected) bytes but the file has \(actual); "
                + "delete it and run `\(Self.fetchCommand)` again"
        case let .invalidHeader(path, reason):
            return "\(path) is not a valid safetensors file: \(reason)"
        case let .missingTensor(name, path):
            return "tensor \(name) is missing from \(path)"
        case let .unsupportedDType(name, dtype, expected):
            return "tensor \(name) has dtype \(dtype); expected \(expected)"
        case let .shapeMismatch(name, expected, actual):
            return "tensor \(name) has shape \(actual); expected \(expected)"
        case let .vocabularyMismatch(vocabularySize, embeddingRows):
            return "the vocabulary has \(vocabularySize) tokens but the model's word embeddings have "
                + "\(embeddingRows) rows: vocab.txt does not belong to this model"
        case let .missingSpecialToken(token):
            return "the vocabulary has no \(token) token"
        case let .invalidUTF8(index, byteOffset):
            return "text \(index) is not valid UTF-8 (first bad byte at offset \(byteOffset))"
        case let .cacheWriteFailed(path, reason):
            return "cannot write embedding cache entry \(path): \(reason)"
        case let .nonFiniteTensor(name, index, path):
            return "tensor \(name) in \(path) holds NaN or an infinity (element \(index)): the file is damaged; "
                + "delete it and run `\(Self.fetchCommand)` again"
        case let .modelDirectoryIncomplete(directory, missing):
            return "MINILM_DIR=\(directory) has no \(missing); point it at a folder holding model.safetensors and "
                + "vocab.txt, or unset it to use the project's .cache/minilm (`\(Self.fetchCommand)` fills it)"
        case let .unsupportedKernels(kernels):
            return "this CPU cannot run the \(kernels.rawValue) kernels (they need \(kernels.requirement)); "
                + "use KernelPath.fastest or .portable"
        }
    }
}

import Foundation

/// A safetensors file: an 8-byte little-endian header length `n`, `n` bytes of JSON mapping each
/// tensor name to `{dtype, shape, data_offsets: [begin, end]}`, then the raw tensor bytes, with
/// offsets counted from the end of the header.
///
/// Opening a file validates the whole header: every tensor's byte range must lie inside the file
/// and hold exactly `product(shape) × size(dtype)` bytes.
struct SafeTensors: Sendable {
    /// One tensor's entry in the header; `bytes` is its absolute byte range in the file.
    struct Entry: Sendable, Equatable {
        let dtype: String
        let shape: [Int]
        let bytes: Range<Int>
    }

    /// The file's path, used in error messages.
    let path: String
    /// Entries by tensor name (`__metadata__` excluded).
    let entries: [String: Entry]
    private let data: Data

    /// Bytes per element of the dtypes whose sizes can be checked.
    static let elementSizes: [String: Int] = [
        "F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1,
        "U64": 8, "U32": 4, "U16": 2, "U8": 1, "BOOL": 1,
    ]
    /// Headers larger than this are rejected as corrupt (real headers are a few kilobytes).
    static let maxHeaderBytes = 100_000_000

    /// Memory-maps and validates the file at `path`.
    init(contentsOfFile path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw SentenceEncoderError.unreadableFile(path: path, reason: "\(error.localizedDescription)")
        }
        try self.init(data: data, path: path)
    }

    /// Validates `data` as a safetensors file; `path` only names it in errors.
    init(data: Data, path: String) throws {
        self.path = path
        self.data = data
        guard data.count >= 8 else {
            throw SentenceEncoderError.truncatedFile(path: path, expectedBytes: 8, actualBytes: data.count)
        }
        let headerLength = data.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard headerLength <= UInt64(Self.maxHeaderBytes) else {
            throw SentenceEncoderError.invalidHeader(path: path, reason: "header length \(headerLength) is implausibly large")
        }
        let dataStart = 8 + Int(headerLength)
        guard dataStart <= data.count else {
            throw SentenceEncoderError.truncatedFile(path: path, expectedBytes: dataStart, actualBytes: data.count)
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<dataStart))
        } catch {
            throw SentenceEncoderError.invalidHeader(path: path, reason: "the header is not valid JSON")
        }
        guard let object = json as? [String: Any] else {
            throw SentenceEncoderError.invalidHeader(path: path, reason: "the header is not a JSON object")
        }
        var entries: [String: Entry] = [:]
        for (name, value) in object where name != "__metadata__" {
            entries[name] = try Self.entry(name: name, value: value, dataStart: dataStart, path: path)
        }
        let needed = entries.values.map(\.bytes.upperBound).max() ?? dataStart
        guard needed <= data.count else {
            throw SentenceEncoderError.truncatedFile(path: path, expectedBytes: needed, actualBytes: data.count)
        }
        self.entries = entries
    }

    /// Parses and checks one header entry.
    private static func entry(name: String, value: Any, dataStart: Int, path: String) throws -> Entry {
        func invalid(_ reason: String) -> SentenceEncoderError {
            .invalidHeader(path: path, reason: "tensor \(name): \(reason)")
        }
        guard let fields = value as? [String: Any] else { throw invalid("entry is not an object") }
        guard let dtype = fields["dtype"] as? String else { throw invalid("missing dtype") }
        guard let shape = integers(fields["shape"]), shape.allSatisfy({ $0 >= 0 }) else {
            throw invalid("missing or invalid shape")
        }
        guard let offsets = integers(fields["data_offsets"]), offsets.count == 2,
              offsets[0] >= 0, offsets[0] <= offsets[1], offsets[1] <= Int.max - dataStart else {
            throw invalid("missing or invalid data_offsets")
        }
        if let size = elementSizes[dtype] {
            let (elements, overflow) = shape.reduce((1, false)) { acc, d in
                let (p, o) = acc.0.multipliedReportingOverflow(by: d); return (p, acc.1 || o)
            }
            guard !overflow, elements.multipliedReportingOverflow(by: size).partialValue == offsets[1] - offsets[0] else {
                throw invalid("shape \(shape) of \(dtype) needs a different byte count than data_offsets \(offsets)")
            }
        }
        return Entry(dtype: dtype, shape: shape, bytes: (dataStart + offsets[0])..<(dataStart + offsets[1]))
    }

    /// A JSON array of non-fractional numbers as `[Int]`, or nil.
    private static func integers(_ value: Any?) -> [Int]? {
        guard let array = value as? [Any] else { return nil }
        var result: [Int] = []
        for element in array {
            guard let number = element as? NSNumber, let int = Int(exactly: number.doubleValue) else { return nil }
            result.append(int)
        }
        return result
    }

    /// The F32 tensor `name` as a flat row-major array, checked against `shape`.
    func floats(_ name: String, shape: [Int]) throws -> [Float] {
        guard let entry = entries[name] else { throw SentenceEncoderError.missingTensor(name: name, path: path) }
        guard entry.dtype == "F32" else {
            throw SentenceEncoderError.unsupportedDType(name: name, dtype: entry.dtype, expected: "F32")
        }
        guard entry.shape == shape else {
            throw SentenceEncoderError.shapeMismatch(name: name, expected: shape, actual: entry.shape)
        }
        let count = entry.bytes.count / 4
        let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                let source = UnsafeRawBufferPointer(rebasing: raw[entry.bytes])
                #if _endian(little)
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
                #else
                for i in 0..<count {
                    buffer[i] = Float(bitPattern: UInt32(littleEndian: source.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
                }
                #endif
            }
            initialized = count
        }
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw SentenceEncoderError.nonFiniteTensor(name: name, index: index, path: path)
        }
        return values
    }

    /// The shape of tensor `name`, or nil when absent.
    func shape(of name: String) -> [Int]? { entries[name]?.shape }
}

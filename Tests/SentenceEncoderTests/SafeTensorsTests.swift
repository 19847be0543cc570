import Foundation
import Testing
@testable import SentenceEncoder

/// Builds safetensors bytes from (name, dtype, shape, raw bytes) tuples, laid out in order.
func safetensorsData(_ tensors: [(String, String, [Int], [UInt8])], header override: String? = nil) -> Data {
    var entries: [String] = [#""__metadata__":{"format":"pt"}"#]
    var offset = 0
    var body: [UInt8] = []
    for (name, dtype, shape, bytes) in tensors {
        let shapeText = shape.map(String.init).joined(separator: ",")
        entries.append(#""\#(name)":{"dtype":"\#(dtype)","shape":[\#(shapeText)],"data_offsets":[\#(offset),\#(offset + bytes.count)]}"#)
        offset += bytes.count
        body += bytes
    }
    let header = Array((override ?? "{" + entries.joined(separator: ",") + "}").utf8)
    var data = Data((0..<8).map { UInt8(truncatingIfNeeded: UInt64(header.count) >> (8 * UInt64($0))) })
    data.append(contentsOf: header)
    data.append(contentsOf: body)
    return data
}

func floatBytes(_ values: [Float]) -> [UInt8] {
    values.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v.bitPattern >> (8 * UInt32($0))) } }
}

@Suite struct SafeTensorsTests {
    let sample = safetensorsData([
        ("a", "F32", [2, 3], floatBytes([1, 2, 3, 4, 5, 6])),
        ("ids", "I64", [2], [UInt8](repeating: 0, count: 16)),
        ("b", "F32", [1], floatBytes([-0.5])),
    ])

    @Test func readsTensorsAndShapes() throws {
        let file = try SafeTensors(data: sample, path: "sample.safetensors")
        #expect(Set(file.entries.keys) == ["a", "ids", "b"])
        #expect(try file.floats("a", shape: [2, 3]) == [1, 2, 3, 4, 5, 6])
        #expect(try file.floats("b", shape: [1]) == [-0.5])
        #expect(file.shape(of: "ids") == [2])
    }

    @Test func namesMissingTensorWrongShapeAndDType() throws {
        let file = try SafeTensors(data: sample, path: "sample.safetensors")
        #expect(throws: SentenceEncoderError.missingTensor(name: "c", path: "sample.safetensors")) {
            try file.floats("c", shape: [1])
        }
        #expect(throws: SentenceEncoderError.shapeMismatch(name: "a", expected: [3, 2], actual: [2, 3])) {
            try file.floats("a", shape: [3, 2])
        }
        #expect(throws: SentenceEncoderError.unsupportedDType(name: "ids", dtype: "I64", expected: "F32")) {
            try file.floats("ids", shape: [2])
        }
    }

    @Test func detectsTruncation() {
        #expect(throws: SentenceEncoderError.truncatedFile(path: "t", expectedBytes: 8, actualBytes: 5)) {
            try SafeTensors(data: sample.prefix(5), path: "t")
        }
        // Cut inside the header.
        #expect(throws: SentenceEncoderError.truncatedFile(path: "t", expectedBytes: sample.count - 44, actualBytes: 40)) {
            try SafeTensors(data: sample.prefix(40), path: "t")
        }
        // Cut inside the tensor data: the last tensor's end is named.
        #expect(throws: SentenceEncoderError.truncatedFile(path: "t", expectedBytes: sample.count, actualBytes: sample.count - 3)) {
            try SafeTensors(data: sample.prefix(sample.count - 3), path: "t")
        }
    }

    @Test(arguments: [
        "not json at all",
        "[1, 2, 3]",
        #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}"#,
        #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}}"#,
        #"{"a":{"shape":[1],"data_offsets":[0,4]}}"#,
        #"{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}"#,
    ])
    func rejectsBadHeaders(header: String) {
        let data = safetensorsData([("a", "F32", [1], floatBytes([1, 2]))], header: header)
        #expect {
            try SafeTensors(data: data, path: "bad")
        } throws: { error in
            guard case .invalidHeader(let path, let reason)? = error as? SentenceEncoderError else { return false }
            return path == "bad" && !reason.isEmpty
        }
    }

    @Test func unreadableFileIsNamed() {
        #expect {
            try SafeTensors(contentsOfFile: "/nonexistent/model.safetensors")
        } throws: { error in
            "\(error)".contains("/nonexistent/model.safetensors")
        }
    }
}

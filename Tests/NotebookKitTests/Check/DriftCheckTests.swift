import Foundation
import Testing
@testable import NotebookKit

@Suite struct DriftCheckTests {
    func folder(_ files: [String: String]) throws -> String {
        let dir = try FileSystem.temporaryDirectory(prefix: "drift-")
        for (name, text) in files { try FileSystem.write(text, to: "\(dir)/\(name)") }
        return dir
    }

    @Test func reportsMissingStaleAndExtraFiles() throws {
        let dir = try folder(["a.html": "old", "same.html": "x", "extra.html": "y"])
        defer { FileSystem.remove(dir) }
        let differences = DriftCheck(folder: dir).differences(from: ["a.html": "new", "same.html": "x", "b.html": "z"])
        #expect(differences.map(\.description) == [
            "a.html: differs in the committed site",
            "b.html: missing from the committed site",
            "extra.html: not produced but present in the committed site",
        ])
    }

    @Test func variesRegionsAreIgnored() throws {
        let dir = try folder(["t.html": "a<!--varies-->1.23 s<!--/varies-->b"])
        defer { FileSystem.remove(dir) }
        #expect(DriftCheck(folder: dir).differences(from: ["t.html": "a<!--varies-->4.56 s<!--/varies-->b"]).isEmpty)
        #expect(!DriftCheck(folder: dir).differences(from: ["t.html": "A<!--varies-->4.56 s<!--/varies-->b"]).isEmpty)
    }
}

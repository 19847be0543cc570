import Foundation
import Testing
@testable import NotebookKit

/// Cache entries damaged or altered between two builds: the second build must run the lesson
/// again (not serve the entry) and write the true output into the site.
@Suite struct CacheFaultTests {
    struct Tamper: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var change: @Sendable (_ entry: String, _ text: String) throws -> Void
    }

    static let cases: [Tamper] = [
        Tamper(testDescription: "an altered output, still valid JSON") { entry, text in
            try FileSystem.write(text.replacingOccurrences(of: "Hello, cells", with: "Hello, forgery"), to: entry)
        },
        Tamper(testDescription: "a truncated entry") { entry, text in try FileSystem.write(String(text.prefix(text.count / 2)), to: entry) },
        Tamper(testDescription: "an empty entry") { entry, _ in try FileSystem.write("", to: entry) },
        Tamper(testDescription: "an altered digest") { entry, text in
            try FileSystem.write(text.replacingOccurrences(of: "\"digest\":\"", with: "\"digest\":\"0"), to: entry)
        },
        Tamper(testDescription: "an entry that is a folder") { entry, _ in
            FileSystem.remove(entry)
            try FileSystem.createDirectory(entry)
        },
        Tamper(testDescription: "an entry of the old format, without a digest") { entry, _ in
            try FileSystem.write("{\"key\":\"x\",\"cells\":[]}", to: entry)
        },
    ]

    @Test(arguments: cases) func tamperedEntryRunsAgain(_ tamper: Tamper) throws {
        let project = try FaultProject(lessons: ["01-basic.md": "basic.md"])
        defer { project.remove() }
        let first = try project.notebook(["build", "-o", "Site"])
        #expect(first.status == .exited(0), "\(first.text)")
        let entries = try FileSystem.files(in: project.root + "/.cache/notebook", suffix: ".json")
        let entry = try #require(entries.first)
        try tamper.change(entry, try FileSystem.readText(entry))
        let lessons = project.snapshot(excluding: ["Site", ".Site.lock", ".cache"])

        let second = try project.notebook(["build", "-o", "Site"])
        #expect(second.status == .exited(0), "\(second.text)")
        #expect(second.text.contains("ran    Notebooks/01-basic.md"), "\(second.text)")
        #expect(try FileSystem.readText(project.root + "/Site/01-basic.html").contains("Hello, cells"))
        #expect(!(try FileSystem.readText(project.root + "/Site/01-basic.html")).contains("forgery"))
        #expect(project.snapshot(excluding: ["Site", ".Site.lock", ".cache"]) == lessons)
        let check = try project.notebook(["check", "-o", "Site"])
        #expect(check.status == .exited(0), "the site the second build wrote is the true one: \(check.text)")
    }
}

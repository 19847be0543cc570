import Foundation
import Testing
@testable import NotebookKit

/// `notebook build` and `notebook check` end to end, on a folder of passing fixture lessons.
@Suite struct SiteCommandTests {
    func notebook(_ arguments: [String]) throws -> (ChildProcess.Termination, String) {
        let (status, stdout, stderr) = try NotebookBinary.run(arguments)
        return (status, stdout + stderr)
    }

    func lessonsFolder() throws -> String {
        let dir = try FileSystem.temporaryDirectory(prefix: "lessons-")
        for name in ["basic.md", "options.md", "rich.md"] {
            try FileSystem.write(try FileSystem.readText(NotebookBinary.fixture(name)), to: "\(dir)/Notebooks/\(name)")
        }
        return dir
    }

    func files(_ folder: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for path in try FileSystem.allFiles(under: folder) { result[String(path.dropFirst(folder.count))] = try FileSystem.read(path) }
        return result
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let dir = try lessonsFolder()
        defer { FileSystem.remove(dir) }
        let (first, log) = try notebook(["build", "\(dir)/Notebooks", "-o", "\(dir)/A", "--no-cache"])
        #expect(first == .exited(0), "\(log)")
        #expect(log.contains("ran    \(dir)/Notebooks/basic.md"))
        let (second, _) = try notebook(["build", "\(dir)/Notebooks", "-o", "\(dir)/B", "--no-cache", "--jobs", "1"])
        #expect(second == .exited(0))
        let a = try files("\(dir)/A"), b = try files("\(dir)/B")
        #expect(a.keys.sorted() == ["/.notebook-site", "/assets/search-index.js", "/assets/site.js", "/assets/style.css", "/basic.html", "/index.html", "/options.html", "/rich.html"])
        #expect(a == b)
    }

    @Test func checkFailsOnAStaleSiteAndSaysHowToRefresh() throws {
        let dir = try lessonsFolder()
        defer { FileSystem.remove(dir) }
        let cache = ["--no-cache"]
        #expect(try notebook(["build", "\(dir)/Notebooks", "-o", "\(dir)/Site"] + cache).0 == .exited(0))
        let (fresh, freshLog) = try notebook(["check", "\(dir)/Notebooks", "-o", "\(dir)/Site", "--junit", "\(dir)/junit.xml"] + cache)
        #expect(fresh == .exited(0), "\(freshLog)")
        let junit = try FileSystem.readText("\(dir)/junit.xml")
        #expect(junit.contains("<testcase classname=\"\(dir)/Notebooks/basic.md\" name=\"cell 1 (line 10)\"/>"))

        try FileSystem.write("<p>edited by hand</p>", to: "\(dir)/Site/basic.html")
        let (stale, log) = try notebook(["check", "\(dir)/Notebooks", "-o", "\(dir)/Site"] + cache)
        #expect(stale == .exited(1))
        #expect(log.contains("Site/basic.html: differs in the committed site"))
        #expect(log.contains("refresh it with 'make site'"))
    }

    @Test func checkFailsWhenACellFails() throws {
        let dir = try lessonsFolder()
        defer { FileSystem.remove(dir) }
        try FileSystem.write(try FileSystem.readText(NotebookBinary.fixture("trap.md")), to: "\(dir)/Notebooks/trap.md")
        let (build, _) = try notebook(["build", "\(dir)/Notebooks", "-o", "\(dir)/Site", "--no-cache"])
        #expect(build == .exited(1))
        let (check, log) = try notebook(["check", "\(dir)/Notebooks", "-o", "\(dir)/Site", "--no-cache", "--junit", "\(dir)/junit.xml"])
        #expect(check == .exited(1))
        #expect(log.contains("runtime error: Index out of range"))
        #expect(try FileSystem.readText("\(dir)/junit.xml").contains("<failure message=\"runtime error: Index out of range\">"))
    }
}

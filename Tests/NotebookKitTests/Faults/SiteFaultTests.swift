import Foundation
import Testing
@testable import NotebookKit

/// `notebook build` pointed at output folders it must not replace, bad options, a full disk and
/// a read-only folder: a clear error, and nothing touched.
@Suite struct SiteFaultTests {
    static func build(_ output: String, _ extra: [String] = []) -> [String] { ["build", "--no-cache", "-o", output] + extra }
    static let refused = "error: will not write the site into"
    static let marker = OutputFolder.markerName

    static let cases: [Fault] = [
        Fault(name: "-o the lessons folder", arguments: build("Notebooks"), status: 1, messages: ["\(refused) 'Notebooks': it is the folder Notebooks"]),
        Fault(name: "-o the project folder", arguments: build("."), status: 1, messages: ["\(refused) '.': it is the working folder"]),
        Fault(name: "-o the parent folder", arguments: build(".."), status: 1, messages: ["\(refused) '..': it holds the working folder"]),
        Fault(name: "-o Notebooks/..", arguments: build("Notebooks/.."), status: 1, messages: ["it is the working folder"]),
        Fault(name: "-o a file", files: ["notes.txt": "mine"], arguments: build("notes.txt"), status: 1,
              messages: ["\(refused) 'notes.txt': it is a file, not a folder"]),
        Fault(name: "-o a folder with one unrelated file", files: ["Out/keep.txt": "mine"], arguments: build("Out"), status: 1,
              messages: ["\(refused) 'Out': it holds 1 entry (keep.txt) and no \(marker)"]),
        Fault(name: "-o a folder of someone's pages", files: ["Docs/index.html": "<p>mine</p>", "Docs/a.css": "x"], arguments: build("Docs"), status: 1,
              messages: ["it holds 2 entries (a.css, index.html)"]),
        Fault(name: "-o the cache folder's parent", files: [".cache/notebook/x.json": "{}"], arguments: ["build", "-o", ".cache"], status: 1,
              messages: ["\(refused) '.cache': it holds the folder .cache/notebook"]),
        Fault(name: "-o a symbolic link", files: ["Real/keep.txt": "mine"], arguments: ["build", "--no-cache", "-o", "Link"], status: 1,
              messages: ["it is a symbolic link"]),
        Fault(name: "-o a site an earlier build wrote", files: ["Site/\(marker)": "x", "Site/old.html": "old"], arguments: build("Site"), status: 0,
              messages: ["wrote 5 files to Site/"], output: "Site"),
        Fault(name: "-o an empty folder", folders: ["Tests"], arguments: build("Tests"), status: 0, messages: ["wrote 5 files"], output: "Tests"),
        Fault(name: "-o a new nested folder", arguments: build("out/deep/site"), status: 0, messages: ["wrote 5 files"], output: "out"),
        Fault(name: "--jobs -3", arguments: build("Site", ["--jobs", "-3"]), status: 2, messages: ["--jobs must be at least 1, not -3"]),
        Fault(name: "--jobs 0", arguments: build("Site", ["--jobs", "0"]), status: 2, messages: ["--jobs must be at least 1, not 0"]),
        Fault(name: "a lessons folder that is not there", arguments: ["build", "Missing", "-o", "Site"], status: 1, messages: ["no such file or folder: Missing"],
              output: "Site"),
    ]

    @Test(arguments: cases) func fault(_ fault: Fault) throws {
        if fault.name == "-o a symbolic link" {
            // A link cannot be a fixture file: make it, then check as usual.
            return try checkSymlink(fault)
        }
        try fault.check()
    }

    func checkSymlink(_ fault: Fault) throws {
        let project = try FaultProject(lessons: fault.lessons, files: fault.files)
        defer { project.remove() }
        #expect(symlink(project.root + "/Real", project.root + "/Link") == 0)
        let before = project.snapshot()
        let outcome = try project.notebook(fault.arguments)
        #expect(outcome.status == .exited(fault.status))
        for message in fault.messages { #expect(outcome.text.contains(message), "\(outcome.text)") }
        #expect(project.snapshot() == before)
    }
}

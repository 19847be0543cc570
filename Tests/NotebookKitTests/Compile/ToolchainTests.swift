import Foundation
import Testing
@testable import NotebookKit

/// Where lessons find the engine, and how they are compiled against it.
@Suite struct ToolchainTests {
    let toolchain = Toolchain(swiftc: "/usr/bin/swiftc", libraryDirectory: "/b")

    @Test func engineModulesAreTheTargetsTheLibraryWasLinkedFrom() throws {
        let dir = try FileSystem.temporaryDirectory(prefix: "toolchain-")
        defer { FileSystem.remove(dir) }
        for name in ["Charts", "NotebookKit", "NotebookRuntime"] { try FileSystem.write("", to: "\(dir)/Modules/\(name).swiftmodule") }
        let toolchain = Toolchain(swiftc: "/usr/bin/swiftc", libraryDirectory: dir)
        #expect(toolchain.engineModuleFiles.count == 3, "without SwiftPM's link list, every module file")
        try FileSystem.write("\(dir)/Charts.build/A.swift.o\n\(dir)/NotebookRuntime.build/B.swift.o\n\(dir)/CEngineKernels.build/c.o\n",
                             to: "\(dir)/NotebookEngine.product/Objects.LinkFileList")
        #expect(toolchain.engineModuleFiles == ["\(dir)/Modules/Charts.swiftmodule", "\(dir)/Modules/NotebookRuntime.swiftmodule"])
    }

    @Test func lessonsCompileInSwift5ModeAgainstTheEngine() {
        let arguments = toolchain.compileArguments(source: "/t/main.swift", output: "/t/lesson")
        #expect(arguments.starts(with: ["-swift-version", "5"]))
        #expect(arguments.contains("-lNotebookEngine"))
        #expect(arguments.suffix(3) == ["/t/main.swift", "-o", "/t/lesson"])
        #expect(toolchain.typecheckArguments(source: "/t/x.swift").first == "-typecheck")
    }

    /// The lesson runs in its own folder and finds the engine by rpath, so a relative
    /// `--modules` is made absolute (it once left every cell "not run").
    @Test func aRelativeLibraryFolderIsMadeAbsolute() throws {
        let located = try Toolchain.locate()
        let folder = FileSystem.absolute(".")
        let given = located.libraryDirectory.hasPrefix(folder + "/")
            ? String(located.libraryDirectory.dropFirst(folder.count + 1))  // as `--modules .build/debug` gives it
            : located.libraryDirectory + "/../" + (located.libraryDirectory as NSString).lastPathComponent
        let relative = try Toolchain.locate(libraryDirectory: given)
        #expect(relative.libraryDirectory == located.libraryDirectory && located.libraryDirectory.hasPrefix("/"))
        #expect(relative.compileArguments(source: "/t/main.swift", output: "/t/lesson").allSatisfy { !$0.hasPrefix(".") })
    }
}

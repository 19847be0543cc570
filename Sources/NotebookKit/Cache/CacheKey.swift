import Foundation
import NotebookRuntime
import Synchronization

/// What a lesson's results depend on, hashed: its cells and their options, its inline
/// expressions and where they stand among the cells, the program the runner assembles from
/// them, its timeout, the built engine library, the Swift compiler, and the data files the
/// engine ships. Other prose is not part of the
/// key: editing a paragraph re-renders the page without re-running cells.
public struct CacheKey: Sendable {
    /// The part shared by every lesson in one build.
    public struct Environment: Sendable {
        public var digest: String

        /// Hashes the engine library, its module files, the resource bundles beside it (the
        /// data sets), and `swiftc --version`. Within one process (a preview server, the tests)
        /// the digest is reused while every one of those files keeps its `FileStamp`.
        public static func current(_ toolchain: Toolchain) throws -> Environment {
            let directory = toolchain.libraryDirectory
            var files = [toolchain.libraryPath]
            files += toolchain.engineModuleFiles
            for bundle in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted() where bundle.hasSuffix(".resources") {
                files += (try? FileSystem.allFiles(under: directory + "/" + bundle)) ?? []
            }
            let stamps = ([toolchain.swiftc] + files).map { "\($0) \(FileStamp(path: $0).map(\.description) ?? "-")" }.joined(separator: "\n")
            if let digest = computed.withLock({ $0[stamps] }) { return Environment(digest: digest) }
            var hasher = SHA256()
            hasher.update("notebook-cache-v1\n")
            hasher.update(try compilerVersion(toolchain))
            for file in files {
                hasher.update(String(file.dropFirst(directory.count)) + "\n")
                hasher.update(try FileSystem.read(file))
            }
            let digest = hasher.finalizeHex()
            computed.withLock { $0[stamps] = digest }
            return Environment(digest: digest)
        }

        /// Digests computed in this process, by the stamps of the files they hashed.
        private static let computed = Mutex<[String: String]>([:])

        static func compilerVersion(_ toolchain: Toolchain) throws -> String {
            // The driver leaves a folder in TMPDIR even for --version: give it one of ours.
            let folder = try FileSystem.ownedTemporaryDirectory(prefix: "notebook-")
            defer { FileSystem.remove(folder) }
            let (_, out, err) = try ChildProcess(executable: toolchain.swiftc, arguments: ["--version"], environment: ["TMPDIR": folder], timeout: 60).runCollecting()
            return String(decoding: out + err, as: UTF8.self)
        }
    }

    public var digest: String

    public init(notebook: Notebook, environment: Environment, defaultTimeout: Double) {
        self.init(notebook: notebook, program: ProgramAssembler().program(for: notebook), environment: environment, defaultTimeout: defaultTimeout)
    }

    /// The key of `notebook` as assembled into `program` (the one the runner will compile).
    public init(notebook: Notebook, program: Program, environment: Environment, defaultTimeout: Double) {
        var hasher = Self.lessonHasher(notebook, environment: environment, defaultTimeout: defaultTimeout)
        for cell in notebook.cells { Self.update(&hasher, with: cell) }
        for inline in notebook.inlines { Self.update(&hasher, with: inline) }
        // The program as the runner assembles it, so a runner that assembles differently
        // (glue, grouping) runs the lessons again instead of trusting results it did not make.
        hasher.update("program\n" + program.source)
        digest = hasher.finalizeHex()
    }

    /// One key per cell, for the ``ResultMemo`` of the lesson's program: cell `i`'s digests
    /// what the lesson's state can depend on when cell `i` ends — the environment, path and
    /// timeout, cells `0...i` and the inline expressions evaluated before cell `i`. Editing a
    /// cell changes its key and every later one; earlier keys stay.
    public static func cellKeys(_ notebook: Notebook, environment: Environment, defaultTimeout: Double) -> [String] {
        var hasher = lessonHasher(notebook, environment: environment, defaultTimeout: defaultTimeout)
        hasher.update("cell keys\n")
        return notebook.cells.enumerated().map { position, cell in
            for inline in notebook.inlines where inline.cellsBefore == position { update(&hasher, with: inline) }
            update(&hasher, with: cell)
            var copy = hasher
            return copy.finalizeHex()
        }
    }

    private static func lessonHasher(_ notebook: Notebook, environment: Environment, defaultTimeout: Double) -> SHA256 {
        var hasher = SHA256()
        hasher.update(environment.digest + "\n" + notebook.path + "\n")
        hasher.update("timeout \(notebook.frontMatter.timeout ?? defaultTimeout)\n")
        return hasher
    }

    private static func update(_ hasher: inout SHA256, with cell: Cell) {
        // Line numbers matter too: they appear in diagnostics.
        hasher.update("cell \(cell.firstCodeLine) [\(cell.options.words.joined(separator: " "))] \(cell.source.utf8.count)\n")
        hasher.update(cell.source)
    }

    private static func update(_ hasher: inout SHA256, with inline: InlineExpression) {
        hasher.update("inline \(inline.file.map { $0 + ":" } ?? "")\(inline.line):\(inline.column) after \(inline.cellsBefore) \(inline.code.utf8.count)\n")
        hasher.update(inline.code)
    }
}

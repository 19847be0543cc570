import Foundation
import NotebookRuntime

/// What a lesson's results depend on, hashed: its cells and their options, its timeout, the
/// built engine library, the Swift compiler, and the data files the engine ships. Prose is
/// not part of the key: editing a paragraph re-renders the page without re-running cells.
public struct CacheKey: Sendable {
    /// The part shared by every lesson in one build.
    public struct Environment: Sendable {
        public var digest: String

        /// Hashes the engine library, its module files, the resource bundles beside it (the
        /// data sets), and `swiftc --version`.
        public static func current(_ toolchain: Toolchain) throws -> Environment {
            var hasher = SHA256()
            hasher.update("notebook-cache-v1\n")
            hasher.update(try compilerVersion(toolchain))
            let directory = toolchain.libraryDirectory
            var files = [toolchain.libraryPath]
            files += Toolchain.engineModules.map { "\(toolchain.modulesDirectory)/\($0).swiftmodule" }.filter(FileSystem.exists)
            for bundle in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted() where bundle.hasSuffix(".resources") {
                files += (try? FileSystem.allFiles(under: directory + "/" + bundle)) ?? []
            }
            for file in files {
                hasher.update(String(file.dropFirst(directory.count)) + "\n")
                hasher.update(try FileSystem.read(file))
            }
            return Environment(digest: hasher.finalizeHex())
        }

        static func compilerVersion(_ toolchain: Toolchain) throws -> String {
            let (_, out, err) = try ChildProcess(executable: toolchain.swiftc, arguments: ["--version"], timeout: 60).runCollecting()
            return String(decoding: out + err, as: UTF8.self)
        }
    }

    public var digest: String

    public init(notebook: Notebook, environment: Environment, defaultTimeout: Double) {
        var hasher = SHA256()
        hasher.update(environment.digest + "\n" + notebook.path + "\n")
        hasher.update("timeout \(notebook.frontMatter.timeout ?? defaultTimeout)\n")
        for cell in notebook.cells {
            // Line numbers matter too: they appear in diagnostics.
            hasher.update("cell \(cell.firstCodeLine) [\(cell.options.words.joined(separator: " "))] \(cell.source.utf8.count)\n")
            hasher.update(cell.source)
        }
        digest = hasher.finalizeHex()
    }
}

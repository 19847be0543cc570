import Foundation

/// The folder a build writes the site into, checked before anything is touched.
///
/// A build replaces its output folder whole, so it only ever replaces a folder that it wrote
/// itself (one holding the marker file `.notebook-site`, which every build writes), an empty
/// folder, or none at all. It never replaces a file, the working folder, or a folder that
/// holds the lessons or the cache, marker or not.
public struct OutputFolder: Sendable {
    /// The marker every build writes into the site, so the next build recognises the folder.
    public static let markerName = ".notebook-site"
    static let markerText = "This folder was written by `notebook build`; the next build replaces all of it.\n"

    /// The folder as the user named it (for messages).
    public var given: String
    /// The folder as an absolute path without `.` or `..`.
    public var path: String

    /// Checks `given` as an output folder.
    /// - Parameter protecting: folders that must survive the build (the lessons, the cache).
    public init(_ given: String, protecting: [String]) throws(DiagnosticError) {
        self.given = given
        path = FileSystem.absolute(given)
        let reason = Self.conflict(path, with: [("the working folder", FileSystem.absolute("."))]
            + protecting.map { ("the folder \($0)", FileSystem.absolute($0)) })
        if let reason { throw refusal(reason) }
        try checkContents()
    }

    /// Why `path` cannot be replaced without losing one of `protected`, if it cannot.
    static func conflict(_ path: String, with protected: [(name: String, path: String)]) -> String? {
        if path == "/" { return "it is the root folder" }
        for (name, other) in protected {
            if other == path { return "it is \(name)" }
            if other.hasPrefix(path + "/") { return "it holds \(name)" }
        }
        return nil
    }

    private func checkContents() throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) || link else { return }
        guard isDirectory.boolValue, !link else {
            throw refusal(link ? "it is a symbolic link" : "it is a file, not a folder")
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path).sorted() } catch {
            throw refusal("its contents cannot be listed (\(FileSystem.Failure(path, "cannot read", errno: errno)))")
        }
        guard !names.isEmpty, !FileSystem.isRegularFile(path + "/" + Self.markerName) else { return }
        let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
        throw refusal("it holds \(names.count) \(names.count == 1 ? "entry" : "entries") (\(shown)) and no \(Self.markerName), so no build wrote it")
    }

    private func refusal(_ reason: String) -> DiagnosticError {
        DiagnosticError(.error("will not write the site into '\(given)': \(reason)", notes: [
            .init("a build replaces its output folder whole, so it only replaces a folder that an earlier build wrote (it has \(Self.markerName)) or an empty one"),
            .init("choose a new or empty folder with -o, or move this one out of the way yourself"),
        ]))
    }

}

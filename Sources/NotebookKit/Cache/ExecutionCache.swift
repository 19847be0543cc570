import Foundation
import NotebookRuntime

/// Results of lessons that passed, stored by `CacheKey` under a folder (`.cache/notebook` by
/// default), so an unchanged lesson is not run again. Entries are written to a temporary file
/// and renamed into place, so concurrent builds never see half an entry. Each entry holds its
/// results as text with a SHA-256 digest of the key and that text; an entry that does not
/// decode, belongs to another key or whose digest does not match (edited, damaged) is
/// removed and the lesson runs again.
public struct ExecutionCache: Sendable {
    struct Entry: Codable {
        var key: String
        /// The results (``Stored``), as JSON text.
        var results: String
        var digest: String
    }

    /// What an entry keeps of a result: its cells' and inline expressions' outcomes.
    struct Stored: Codable {
        var cells: [CellResult]
        var inlines: [InlineResult]
    }

    public var directory: String

    public init(directory: String) { self.directory = directory }

    func path(_ key: CacheKey) -> String { "\(directory)/\(key.digest).json" }

    /// The digest an entry must carry: of the format, the key and the results' text.
    static func digest(key: String, results: String) -> String {
        var hasher = SHA256()
        hasher.update("notebook-cache-entry-v3\n\(key)\n")
        hasher.update(results)
        return hasher.finalizeHex()
    }

    /// The stored result for `notebook` under `key`, if any and intact.
    public func lookup(_ key: CacheKey, notebook: Notebook) -> NotebookResult? {
        guard let bytes = try? FileSystem.read(path(key)) else { return nil }
        guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(bytes)),
              entry.key == key.digest, entry.digest == Self.digest(key: entry.key, results: entry.results),
              let stored = try? JSONDecoder().decode(Stored.self, from: Data(entry.results.utf8)),
              stored.cells.map(\.index) == notebook.cells.map(\.index), stored.inlines.map(\.index) == notebook.inlines.map(\.index)
        else {
            // A file of ours that cannot be trusted: drop it, so the fresh result replaces it.
            if FileSystem.isRegularFile(path(key)) { unlink(path(key)) }
            return nil
        }
        return NotebookResult(notebook: notebook, cells: stored.cells, inlines: stored.inlines)
    }

    /// Stores a passing result; failures are not cached, so they run again next time.
    public func store(_ result: NotebookResult, key: CacheKey) {
        guard result.passed else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let results = try? encoder.encode(Stored(cells: result.cells, inlines: result.inlines)).string,
              let data = try? encoder.encode(Entry(key: key.digest, results: results, digest: Self.digest(key: key.digest, results: results)))
        else { return }
        try? FileSystem.write(String(decoding: data, as: UTF8.self), to: path(key))
    }
}

private extension Data {
    var string: String { String(decoding: self, as: UTF8.self) }
}

import Foundation

/// Results of lessons that passed, stored by `CacheKey` under a folder (`.cache/notebook` by
/// default), so an unchanged lesson is not run again. Entries are written to a temporary file
/// and renamed into place, so concurrent builds never see half an entry; an entry that does
/// not decode is ignored and the lesson runs.
public struct ExecutionCache: Sendable {
    struct Entry: Codable {
        var key: String
        var cells: [CellResult]
    }

    public var directory: String

    public init(directory: String) { self.directory = directory }

    private func path(_ key: CacheKey) -> String { "\(directory)/\(key.digest).json" }

    /// The stored result for `notebook` under `key`, if any and intact.
    public func lookup(_ key: CacheKey, notebook: Notebook) -> NotebookResult? {
        guard let bytes = try? FileSystem.read(path(key)),
              let entry = try? JSONDecoder().decode(Entry.self, from: Data(bytes)),
              entry.key == key.digest,
              entry.cells.map(\.index) == notebook.cells.map(\.index)
        else { return nil }
        return NotebookResult(notebook: notebook, cells: entry.cells)
    }

    /// Stores a passing result; failures are not cached, so they run again next time.
    public func store(_ result: NotebookResult, key: CacheKey) {
        guard result.passed else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(Entry(key: key.digest, cells: result.cells)) else { return }
        try? FileSystem.write(String(decoding: data, as: UTF8.self), to: path(key))
    }
}

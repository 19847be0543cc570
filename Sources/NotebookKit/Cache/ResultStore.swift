import Foundation
import NotebookRuntime

/// Where one lesson's program keeps the results of its expensive engine calls (its
/// ``ResultMemo``): a folder per lesson under the execution cache's `results/`, and the cells'
/// keys (``CacheKey/cellKeys(_:environment:defaultTimeout:)``). When an author edits the last
/// cell, the studies of the cells before it answer from this folder, so the lesson runs again
/// in the time of its last cell. Without an execution cache (`--no-cache`, `notebook check`
/// in CI) there is no store and every call computes.
public struct ResultStore: Sendable {
    /// The lesson's folder, absolute (the program runs in the lesson's own folder).
    public let folder: String
    /// One key per cell, in cell order.
    public let cellKeys: [String]

    /// The store of `notebook` under `cache`'s folder, created if missing.
    public init(cache: ExecutionCache, notebook: Notebook, environment: CacheKey.Environment, defaultTimeout: Double) throws {
        let base = FileSystem.absolute(cache.directory)
        var hasher = SHA256()
        hasher.update(notebook.path)
        folder = base + "/results/" + String(hasher.finalizeHex().prefix(16))
        try FileSystem.createDirectory(folder)
        cellKeys = CacheKey.cellKeys(notebook, environment: environment, defaultTimeout: defaultTimeout)
    }

    /// What the lesson's program reads to find the store.
    var environment: [String: String] {
        [ResultMemo.folderVariable: folder, ResultMemo.keysVariable: cellKeys.joined(separator: ",")]
    }

    /// Removes the entries a passing run neither read nor wrote: those last touched before
    /// `start`, when its program was launched (less 50 ms: file times come from the kernel's coarse clock, a tick behind),
    /// and abandoned temporary files.
    func prune(runStartedAt start: timespec) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasSuffix(".json") || name.hasSuffix(".tmp") {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            if Self.nanoseconds(info.st_mtim) < Self.nanoseconds(start) - 50_000_000 { unlink(path) }
        }
    }

    static func nanoseconds(_ time: timespec) -> Int { time.tv_sec * 1_000_000_000 + time.tv_nsec }

    /// The wall-clock time now, as file times are stamped.
    static func now() -> timespec {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return time
    }
}

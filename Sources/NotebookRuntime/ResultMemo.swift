internal import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Stored results of expensive engine calls, like knitr's chunk cache: when a lesson runs again
/// after an edit, a study in an unchanged cell answers from disk instead of running again.
///
/// The runner passes a folder (``folderVariable``) and one key per cell (``keysVariable``).
/// Cell `i`'s key is a digest of everything the lesson's state can depend on when cell `i`
/// ends: the engine library and compiler (the execution cache's environment digest), the
/// lesson's path and timeout, and the code and options of cells `0...i` with the inline
/// expressions evaluated before cell `i`. Lesson programs are deterministic (seeded randomness,
/// one order of floating-point operations), so the same key means the same values.
///
/// A call's entry is named by `SHA-256(cell key, n, type, fingerprint)`, where `n` counts the
/// memoised calls made so far in the cell. Only calls made on the main thread outside another
/// memoised call are stored: the lesson's top level, where `n` is deterministic. Everything
/// else (nested calls, other threads, a program run outside the runner or with `--no-cache`)
/// simply computes. A stored value replaces the computation, so `compute` must have no effect
/// other than its result (the engine's studies print nothing).
///
/// An entry that does not decode is recomputed and rewritten. Reading an entry touches it, so
/// the runner can remove the entries a passing run did not use.
public enum ResultMemo {
    /// The folder entries go in (created by the runner).
    public static let folderVariable = "NOTEBOOK_RESULT_CACHE"
    /// The cells' keys, comma-separated, in cell order.
    public static let keysVariable = "NOTEBOOK_CELL_KEYS"

    struct State {
        var folder: String?
        var keys: [String] = []
        var cell: Int?
        var calls = 0
        var depth = 0
    }

    static let state = Mutex(State())

    /// Reads the folder and keys from the environment (once, at `ProgramRuntime.start()`).
    static func configureFromEnvironment() {
        configure(folder: getenv(folderVariable).map { String(cString: $0) },
                  keys: getenv(keysVariable).map { String(cString: $0) })
    }

    /// Sets the folder and the comma-separated cell keys; no folder turns memoisation off.
    static func configure(folder: String?, keys: String?) {
        state.withLock {
            $0.folder = folder.flatMap { $0.isEmpty ? nil : $0 }
            $0.keys = keys.map { $0.split(separator: ",").map(String.init) } ?? []
            $0.cell = nil
            $0.calls = 0
        }
    }

    /// Cell `index` begins: its memoised calls count from 0.
    static func begin(cell index: Int) {
        state.withLock {
            $0.cell = index
            $0.calls = 0
        }
    }

    /// `compute()`, or its stored result for this call. `fingerprint` describes the call's
    /// arguments (a study's setting and strategies); it guards the entry's name, it does not
    /// replace the cell's key.
    public static func value<Value: Codable>(_ fingerprint: String, _ compute: () throws -> Value) throws -> Value {
        try value(fingerprint, atTopLevel: Thread.isMainThread, compute)
    }

    /// `value(_:_:)`, told whether the caller is the lesson's top level (its main thread).
    static func value<Value: Codable>(_ fingerprint: String, atTopLevel: Bool, _ compute: () throws -> Value) throws -> Value {
        guard atTopLevel else { return try compute() }
        guard let path = entryPath(Value.self, fingerprint) else { return try nested(compute) }
        if let stored = read(Value.self, at: path) { return stored }
        let value = try nested(compute)
        write(value, to: path)
        return value
    }

    /// The entry's file for the next call of this cell, or `nil` when this call is not stored.
    static func entryPath<Value>(_ type: Value.Type, _ fingerprint: String) -> String? {
        state.withLock { state -> String? in
            guard state.depth == 0, let folder = state.folder, let cell = state.cell, state.keys.indices.contains(cell) else { return nil }
            defer { state.calls += 1 }
            var hasher = SHA256()
            hasher.update("result-memo-v1\n\(state.keys[cell])\n\(state.calls)\n\(String(reflecting: type))\n\(fingerprint)")
            return folder + "/" + hasher.finalizeHex() + ".json"
        }
    }

    /// Runs `compute` with memoisation off for whatever it calls on the top level.
    static func nested<Value>(_ compute: () throws -> Value) rethrows -> Value {
        state.withLock { $0.depth += 1 }
        defer { state.withLock { $0.depth -= 1 } }
        return try compute()
    }

    static func read<Value: Decodable>(_ type: Value.Type, at path: String) -> Value? {
        guard let data = FileManager.default.contents(atPath: path),
              let value = try? JSONDecoder().decode(Value.self, from: data) else { return nil }
        utimensat(AT_FDCWD, path, nil, 0)
        return value
    }

    /// Writes to a temporary file renamed into place, so a reader never sees half an entry.
    static func write<Value: Encodable>(_ value: Value, to path: String) {
        guard let data = try? JSONEncoder().encode(value) else { return }
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}

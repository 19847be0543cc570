import Foundation
import NotebookRuntime
import Synchronization

/// Where compile plans (``CompilePlan``) and what their jobs answered are kept: in this
/// process, and in a folder across runs — `$NOTEBOOK_SWIFTC_PLANS` if set (`off` turns plans
/// off: every compile then goes through `swiftc`), else `$XDG_CACHE_HOME/notebook/swiftc`, else
/// `~/.cache/notebook/swiftc`.
///
/// A plan is stored under the digest of everything the driver's answer depends on (``key(for:arguments:)``):
/// the toolchain's executables as they are on disk, the arguments, and the environment the
/// driver reads. Files are written atomically; one that cannot be read or written is ignored,
/// and the plan is learned again.
final class CompilePlans: Sendable {
    /// The plans of this process, or `nil` when `NOTEBOOK_SWIFTC_PLANS=off`.
    static let shared: CompilePlans? = {
        let environment = ProcessInfo.processInfo.environment
        if let setting = environment[variable], !setting.isEmpty {
            return setting == "off" ? nil : CompilePlans(folder: setting)
        }
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? environment["HOME"].map { $0 + "/.cache" }
        return CompilePlans(folder: base.map { $0 + "/notebook/swiftc" })
    }()

    static let variable = "NOTEBOOK_SWIFTC_PLANS"

    /// What is kept: plans, the autolink extractor's answers, and the linker jobs `clang`
    /// would run for a plan's link with one set of autolink entries.
    enum Kind: String, Sendable {
        case plan, autolink, linker
    }

    /// The folder on disk, or `nil` for this process only.
    let folder: String?
    private let memory = Mutex<[String: Data]>([:])

    init(folder: String?) { self.folder = folder.map(FileSystem.absolute) }

    func value<Value: Decodable>(_ kind: Kind, _ key: String, as type: Value.Type = Value.self) -> Value? {
        let name = "\(kind.rawValue)-\(key).json"
        let data = memory.withLock { $0[name] } ?? folder.flatMap { try? FileSystem.read($0 + "/" + name) }.map { Data($0) }
        guard let data, let value = try? JSONDecoder().decode(Value.self, from: data) else { return nil }
        memory.withLock { $0[name] = data }
        return value
    }

    /// Keeps `value`; one that cannot be written to disk stays in this process only.
    func store<Value: Encodable>(_ value: Value, _ kind: Kind, _ key: String) {
        guard let data = Self.encoded(value) else { return }
        let name = "\(kind.rawValue)-\(key).json"
        memory.withLock { $0[name] = data }
        if let folder { try? FileSystem.write(String(decoding: data, as: UTF8.self), to: folder + "/" + name) }
    }

    /// `value` as JSON with sorted keys: the same value always gives the same bytes.
    static func encoded<Value: Encodable>(_ value: Value) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try? encoder.encode(value)
    }

    /// Forgets a value (a plan whose jobs could not be started).
    func forget(_ kind: Kind, _ key: String) {
        let name = "\(kind.rawValue)-\(key).json"
        memory.withLock { $0[name] = nil }
        if let folder { FileSystem.remove(folder + "/" + name) }
    }

    /// The digest of what `swiftc -###` answers for `arguments` (with the folder token): the
    /// driver and the tools beside it as they are on disk (path, inode, size, time), the
    /// arguments, and the environment variables the driver or the tools it finds read.
    static func key(for toolchain: Toolchain, arguments: [String]) -> String {
        var hasher = SHA256()
        hasher.update("notebook-swiftc-plan-v1\n")
        let real = FileSystem.realPath(toolchain.swiftc)
        let folders = [toolchain.swiftc, real ?? toolchain.swiftc].map { ($0 as NSString).deletingLastPathComponent }
        var files = [toolchain.swiftc] + (real.map { [$0] } ?? [])
        files += Set(folders).sorted().flatMap { folder in
            ["swift-driver", "swift-frontend", "swift-autolink-extract", "clang"].map { folder + "/" + $0 }
        }
        for file in files { hasher.update("\(file) \(FileStamp(path: file).map(\.description) ?? "-")\n") }
        for argument in arguments { hasher.update(argument + "\0") }
        let environment = ProcessInfo.processInfo.environment
        for (name, value) in environment.sorted(by: { $0.key < $1.key })
        where name.hasPrefix("SWIFT") || ["SDKROOT", "PATH", "LD_LIBRARY_PATH", "TOOLCHAINS"].contains(name) {
            hasher.update("\n\(name)=\(value)")
        }
        return hasher.finalizeHex()
    }
}

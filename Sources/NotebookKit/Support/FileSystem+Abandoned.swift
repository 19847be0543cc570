import Foundation
import NotebookRuntime

extension FileSystem {
    /// Removes the folders in `folder` named `prefix` + a process id (+ `-` and anything) whose
    /// process is gone: the temporary folders of a run that was killed before it could clean up.
    /// Only names of that exact shape are touched, and only while their owner is not running.
    static func removeAbandoned(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let pid = pid_t(digits), pid > 0, pid != getpid(), digits.count == rest.count || rest.dropFirst(digits.count).first == "-" else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else { continue }
            if !ProcessTree.isRunning(pid) { remove(path) }
        }
    }

    /// A fresh private folder in the system's temporary folder named `prefix`, this process's
    /// id and a random part, after removing the ones of that prefix whose process is gone.
    /// (`notebook serve` names its site folder so too.)
    package static func ownedTemporaryDirectory(prefix: String) throws -> String {
        removeAbandoned(in: temporaryBase, prefix: prefix)
        return try temporaryDirectory(prefix: "\(prefix)\(getpid())-")
    }

    /// The system's temporary folder (`$TMPDIR`, else `/tmp`), without a trailing slash.
    static var temporaryBase: String {
        let base = NSTemporaryDirectory()
        return base.hasSuffix("/") && base.count > 1 ? String(base.dropLast()) : base
    }
}

import Foundation

/// Replaces a folder's contents all at once: the new files are written into a temporary
/// folder beside it, which is then swapped in by renames. A build that fails or is
/// interrupted leaves the old folder as it was.
struct AtomicFolder {
    var path: String

    func replace(with files: [String: String]) throws {
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let base = parent.isEmpty ? "." : parent
        let staging = "\(base)/.\(name).new-\(getpid())"
        let old = "\(base)/.\(name).old-\(getpid())"
        FileSystem.remove(staging)
        do {
            for (relative, contents) in files.sorted(by: { $0.key < $1.key }) {
                try FileSystem.write(contents, to: "\(staging)/\(relative)")
            }
        } catch {
            FileSystem.remove(staging)
            throw error
        }
        let hadOld = FileSystem.exists(path)
        if hadOld { try FileManager.default.moveItem(atPath: path, toPath: old) }
        do {
            try FileManager.default.moveItem(atPath: staging, toPath: path)
        } catch {
            if hadOld { try? FileManager.default.moveItem(atPath: old, toPath: path) }
            FileSystem.remove(staging)
            throw error
        }
        FileSystem.remove(old)
    }
}

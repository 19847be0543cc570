import Foundation

/// Replaces a folder's contents all at once: the new files (and the `OutputFolder` marker) are
/// written into a temporary folder beside it, which is then swapped in by renames. A build that
/// fails or is interrupted leaves the old folder as it was; the temporary folders of a build
/// that was killed are removed by the next one.
struct AtomicFolder {
    var path: String

    func replace(with files: [String: String]) throws(DiagnosticError) {
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let base = parent.isEmpty ? "." : parent
        for kind in ["new", "old"] { FileSystem.removeAbandoned(in: base, prefix: ".\(name).\(kind)-") }
        let staging = "\(base)/.\(name).new-\(getpid())"
        let old = "\(base)/.\(name).old-\(getpid())"
        FileSystem.remove(staging)
        var all = files
        all[OutputFolder.markerName] = OutputFolder.markerText
        do {
            try FileSystem.createDirectory(staging)
            for (relative, contents) in all.sorted(by: { $0.key < $1.key }) {
                try FileSystem.write(contents, to: "\(staging)/\(relative)")
            }
        } catch {
            FileSystem.remove(staging)
            throw failure(error)
        }
        let hadOld = FileSystem.exists(path)
        do {
            if hadOld { try FileSystem.move(path, to: old) }
            do { try FileSystem.move(staging, to: path) } catch {
                if hadOld { try? FileSystem.move(old, to: path) }
                throw error
            }
        } catch {
            FileSystem.remove(staging)
            throw failure(error)
        }
        FileSystem.remove(old)
    }

    private func failure(_ error: any Error) -> DiagnosticError {
        DiagnosticError(.error("could not write the site into '\(path)': \(error)", notes: [
            .init(FileSystem.exists(path) ? "the folder is as it was before this build" : "nothing was written"),
        ]))
    }
}

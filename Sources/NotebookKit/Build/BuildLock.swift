import Foundation

/// An exclusive lock on an output folder (a `flock` on `.NAME.lock` beside it), so two builds
/// at once cannot interleave their writes: the second is refused with a clear message.
struct BuildLock {
    private let descriptor: Int32
    let path: String

    init(for folder: String) throws(DiagnosticError) {
        let parent = (folder as NSString).deletingLastPathComponent
        path = (parent.isEmpty ? "." : parent) + "/.\((folder as NSString).lastPathComponent).lock"
        try? FileSystem.createDirectory(parent.isEmpty ? "." : parent)
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error("\(FileSystem.Failure(path, "cannot create the lock file"))", notes: [.init("nothing was written")]))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw DiagnosticError(.error("another build is writing \(folder) (it holds \(path)); wait for it to finish"))
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

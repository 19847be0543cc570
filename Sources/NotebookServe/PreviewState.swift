import Foundation

/// What the preview server knows about the latest build, shared between the thread that
/// builds and the tasks that answer requests.
///
/// The generation counts finished builds (0: none yet). Pages carry the generation they were
/// served at; when it moves on, they reload.
final class PreviewState: @unchecked Sendable {
    struct Snapshot: Sendable, Equatable {
        var generation: Int
        /// The build's errors and failing cells as text, shown over the page; `nil` when clean.
        var problems: String?
        /// Whether a site was ever written (until then pages say the build is running).
        var hasSite: Bool
    }

    private let lock = NSLock()
    private var current = Snapshot(generation: 0, problems: nil, hasSite: false)
    private var stopped = false

    var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Records a finished build and moves to the next generation.
    func publish(problems: String?, wroteSite: Bool) {
        lock.lock()
        defer { lock.unlock() }
        current = Snapshot(generation: current.generation + 1, problems: problems, hasSite: current.hasSite || wroteSite)
    }

    var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func stop() {
        lock.lock()
        defer { lock.unlock() }
        stopped = true
    }
}

import NotebookKit
import Synchronization

/// What the preview server knows about the latest build, shared between the thread that
/// builds and the tasks that answer requests.
///
/// The generation counts finished builds (0: none yet). Pages carry the generation they were
/// served at; when it moves on, they reload.
final class PreviewState: Sendable {
    struct Snapshot: Sendable, Equatable {
        var generation: Int
        /// The build's errors and failing cells as text, shown over the page; `nil` when clean.
        var problems: String?
        /// Whether a site was ever written (until then pages say the build is running).
        var hasSite: Bool
    }

    private let current = Mutex(Snapshot(generation: 0, problems: nil, hasSite: false))
    private let stopped = Mutex(false)

    var snapshot: Snapshot { current.withLock { $0 } }

    /// Records a finished build and moves to the next generation.
    func publish(problems: String?, wroteSite: Bool) {
        current.withLock { $0 = Snapshot(generation: $0.generation + 1, problems: problems, hasSite: $0.hasSite || wroteSite) }
    }

    var isStopped: Bool { stopped.withLock { $0 } }

    func stop() { stopped.withLock { $0 = true } }
}

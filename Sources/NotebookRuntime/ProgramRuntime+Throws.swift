#if canImport(Glibc)
@preconcurrency import Glibc
import Runtime

/// Where an uncaught error was thrown.
///
/// When a top-level `try` fails, the Swift runtime stops the program in `swift_errorInMain`,
/// whose caller is compiler-generated code without a line: its message and backtrace say what
/// was thrown but not where. So the lesson program records where each error on the main thread
/// is thrown — the runtime calls a will-throw hook at every `throw` statement, typed or not,
/// before the error propagates — as a backtrace of return addresses (cheap; nothing is
/// symbolicated then). When the program then traps in `swift_errorInMain`, the trap handler
/// symbolicates the last recorded backtrace (lessons compile with `-g`, so frames in cells carry
/// `.md` lines) and prints it on stderr between ``thrownHeader`` and ``thrownFooter``, before the
/// runtime's own crash report. The runner takes the innermost lesson frame as the error's
/// location and the outer ones as its callers.
///
/// The last throw is the right one: an error only travels up by propagation (`try`), which
/// calls no hook, or by being thrown again (`throw error`, `Result.get()`), which does — on
/// the thread that runs top-level code (the main thread; an expected-error cell's own thread
/// in its child), so errors thrown on worker threads are recorded where they are rethrown on it.
extension ProgramRuntime {
    /// The line before the frames of the throw site on stderr.
    public static let thrownHeader = "*** Uncaught error thrown at:"
    /// The line after them.
    public static let thrownFooter = "*** End of the throw site"

    /// Installs the will-throw hook (called from `start()`).
    static func recordThrows() {
        recordThrowsOnThisThread()
        typealias Setter = @convention(c) (ThrowSite.Hook?) -> Void
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "_swift_setWillThrowHandler") else { return }
        unsafeBitCast(symbol, to: Setter.self)(ThrowSite.record)
    }

    /// Records the throws of the calling thread from now on (it runs the top-level code).
    static func recordThrowsOnThisThread() {
        ThrowSite.thread = pthread_self()
        ThrowSite.last = nil
    }

    /// Prints where the last error was thrown on this thread, if one was. Called on a trap of
    /// the thread that runs top-level code, which may or may not be an uncaught error: the
    /// runner reads the report only when the runtime's message says the error was uncaught
    /// (telling the two apart here would need the symbols of the runtime library's frames,
    /// which symbolication does not always find).
    static func reportThrowSite() {
        guard let thrown = ThrowSite.last, pthread_equal(pthread_self(), ThrowSite.thread) != 0 else { return }
        ThrowSite.last = nil  // reported once
        ThrowSite.recording = true  // symbolicating throws and catches inside the runtime library
        guard let frames = thrown.symbolicated()?.frames else { return }
        var text = thrownHeader + "\n"
        for frame in frames {
            guard let symbol = frame.symbol, let location = symbol.sourceLocation, location.line > 0 else { continue }
            text += "  \(symbol.name) at \(location.path):\(location.line):\(location.column)\n"
        }
        text += thrownFooter + "\n"
        writeAll(STDERR_FILENO, Array(text.utf8))
    }
}

/// The state of the will-throw hook: touched only on the thread that runs top-level code.
private enum ThrowSite {
    typealias Hook = @convention(c) (UnsafeMutableRawPointer?) -> Void
    nonisolated(unsafe) static var thread = pthread_self()
    nonisolated(unsafe) static var last: Backtrace? = nil
    nonisolated(unsafe) static var recording = false

    static let record: Hook = { _ in
        // Capturing may itself throw and catch inside the runtime library: no recursion.
        guard pthread_equal(pthread_self(), ThrowSite.thread) != 0, !ThrowSite.recording else { return }
        ThrowSite.recording = true
        defer { ThrowSite.recording = false }
        ThrowSite.last = try? Backtrace.capture(limit: 64)
    }
}
#endif

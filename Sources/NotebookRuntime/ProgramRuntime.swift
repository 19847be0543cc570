#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hooks a generated lesson program calls. Lesson authors never call these directly: the
/// assembler emits `ProgramRuntime.start()` first, `ProgramRuntime.begin(cell:)` before each
/// cell, `ProgramRuntime.show(_:)` around a cell's last bare expression,
/// `forkExpectedFailure(cell:)` and `runExpectedFailure(_:)` around expected-error cells,
/// `never()` around no-run cells, and `ProgramRuntime.done()` at the end.
public enum ProgramRuntime {
    /// The nonce from the environment, or `nil` when the program runs outside the runner.
    nonisolated(unsafe) static var nonce: String? = nil
    nonisolated(unsafe) static var started = false

    /// Called once, first thing in the program: under the runner, leaves a guard behind that
    /// ends whatever the lesson starts (see `startGuard`) and records where errors are thrown
    /// (see `recordThrows`); line-buffers stdout so that a trap loses at most a partial line, and
    /// installs handlers that flush stdout on fatal signals and on the runner's SIGTERM before
    /// the process dies.
    ///
    /// The handlers of SIGSEGV and SIGBUS run on the alternate signal stack the runtime's
    /// backtracer set up, so a stack overflow still reaches the backtracer (on the overflowed
    /// stack no handler could run, and the kernel would end the program without a word).
    public static func start() {
        guard !started else { return }
        started = true
        if let raw = getenv(Wire.nonceVariable) { nonce = String(cString: raw) }
        #if canImport(Glibc)
        if nonce != nil {
            ResultMemo.configureFromEnvironment()
            startGuard()
            recordThrows()
        }
        #endif
        setvbuf(stdout, nil, _IOLBF, 0)
        for sig in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGTERM] {
            var ours = sigaction()
            ours.__sigaction_handler.sa_handler = flushAndChain
            sigemptyset(&ours.sa_mask)
            if sig == SIGSEGV || sig == SIGBUS { ours.sa_flags = Int32(SA_ONSTACK) }
            sigaction(sig, &ours, savedActions + Int(sig))
        }
    }

    /// Marks the start of cell `index` on both streams, after flushing what came before.
    public static func begin(cell index: Int) {
        ResultMemo.begin(cell: index)
        emit(.begin(cell: index), toStderr: true)
    }

    /// Marks the normal end of the program.
    public static func done() {
        emit(.done, toStderr: true)
    }

    /// Writes a marker line on stdout (and stderr), flushing first so ordering is exact.
    static func emit(_ marker: Wire.Marker, toStderr: Bool = false, payload: String? = nil) {
        guard let nonce else { return }
        fflush(stdout)
        var line = [Wire.recordSeparator]
        line += Array(marker.encoded(nonce: nonce).utf8)
        line.append(0x0A)
        if let payload { line += Array(payload.utf8) }
        writeAll(STDOUT_FILENO, line)
        if toStderr { writeAll(STDERR_FILENO, Array(line.prefix { $0 != 0x0A }) + [0x0A]) }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue } else { return } }
                offset += n
            }
        }
    }

    /// Always `false`, opaque to the compiler: wraps no-run cells so they compile but never run.
    public static func never() -> Bool { getenv("NOTEBOOK_RUN_NO_RUN_CELLS_NEVER_SET_THIS") != nil }
}

/// The handlers that were installed before ours (the Swift runtime's backtracer), by signal.
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
    let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    pointer.initialize(repeating: sigaction(), count: 65)
    return pointer
}()

/// Flushes stdout (and on a trap says where the last error was thrown, for when the trap is
/// that error arriving uncaught at top level), then hands the signal to the handler that was there before (the runtime's
/// backtracer, which prints where the trap happened). A fault re-executes the faulting
/// instruction when the handler returns, so restoring is enough; other signals are re-raised.
private func flushAndChain(_ sig: Int32) {
    fflush(stdout)
    #if canImport(Glibc)
    if sig == SIGILL || sig == SIGTRAP { ProgramRuntime.reportThrowSite() }
    #endif
    sigaction(sig, savedActions + Int(sig), nil)
    if sig != SIGILL && sig != SIGSEGV && sig != SIGBUS && sig != SIGFPE { raise(sig) }
}

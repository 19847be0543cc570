/// How a child process ended, decoded from a raw `waitpid` status.
///
/// Swift cannot call the C macros `WIFEXITED`, `WEXITSTATUS` and `WTERMSIG`, so this is their
/// one Swift spelling, for Linux's layout (the only system the runner supports: it also relies
/// on `/proc` and `prctl`): the low 7 bits are the terminating signal, 0 for a normal exit, whose
/// status is in the next byte.
public enum WaitStatus: Equatable, Sendable {
    case exited(Int32)
    case signaled(Int32)

    public init(_ status: Int32) {
        let signal = status & 0x7F
        self = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }
}

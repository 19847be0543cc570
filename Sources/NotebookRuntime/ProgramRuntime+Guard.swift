#if canImport(Glibc)
@preconcurrency import Glibc

/// The guard: under the runner, a lesson program splits in two at `start()`. The child runs the
/// lesson; the parent stays behind as its guard, a child subreaper (so processes the lesson
/// daemonises are re-parented to it, not to init) that the kernel signals when the runner dies
/// (`PR_SET_PDEATHSIG`, so even a `kill -9` of the runner ends the lesson). When the lesson
/// ends, or the runner or its timeout asks the guard to stop, the guard ends every process the
/// lesson started, whatever its process group, then exits as the lesson did.
///
/// The child does not run on in the forked image: it executes the program again (marked by
/// ``guardedVariable``), so the lesson starts in a fresh process. A forked copy would keep the
/// runtime's per-thread state of the parent, such as the thread ids its locks record, and locks
/// shared between the lesson's threads (`swift_once`, `Mutex`) would then spin forever.
extension ProgramRuntime {
    /// Environment variable with the runner's process id; the guard runs only when it is set.
    public static let runnerVariable = "NOTEBOOK_RUNNER_PID"
    /// Set in the lesson process that a guard started, so it does not start another.
    static let guardedVariable = "NOTEBOOK_GUARDED"

    static func startGuard() {
        if getenv(guardedVariable) != nil { return }
        guard let raw = getenv(runnerVariable), let runner = pid_t(String(cString: raw)) else { return }
        var handled = sigset_t()
        sigemptyset(&handled)
        for sig in [SIGCHLD, SIGTERM, SIGINT, SIGHUP] { sigaddset(&handled, sig) }
        _ = prctl(36 /* PR_SET_CHILD_SUBREAPER */, 1)
        sigprocmask(SIG_BLOCK, &handled, nil)
        let guardPid = getpid()
        let lesson = fork()
        if lesson <= 0 {
            sigprocmask(SIG_UNBLOCK, &handled, nil)
            // The lesson ends with its guard (or runs unguarded when fork failed).
            if lesson == 0 {
                _ = prctl(1 /* PR_SET_PDEATHSIG */, UInt(SIGKILL))  // kept across exec
                if getppid() != guardPid { _exit(1) }
                setenv(guardedVariable, "1", 1)
                execv("/proc/self/exe", CommandLine.unsafeArgv)
                _exit(127)  // exec failed: the guard reports the lesson's exit status
            }
            return
        }
        _ = prctl(1 /* PR_SET_PDEATHSIG */, UInt(SIGTERM))
        supervise(lesson, handled: handled, runnerAlive: getppid() == runner)
    }

    private static func supervise(_ lesson: pid_t, handled: sigset_t, runnerAlive: Bool) -> Never {
        var handled = handled
        var status: Int32? = nil
        var stopAt: Double? = runnerAlive ? nil : 0
        while true {
            var wait = timespec(tv_sec: 0, tv_nsec: 100_000_000)
            let sig = sigtimedwait(&handled, nil, &wait)
            if (sig == SIGTERM || sig == SIGINT || sig == SIGHUP), stopAt == nil {
                // Let the lesson flush (its handler does) before everything is killed.
                for pid in ProcessTree.descendants(of: getpid()) { kill(pid, SIGTERM) }
                stopAt = now() + 0.5
            }
            reapChildren { if $0 == lesson { status = $1 } }
            if status != nil || (stopAt.map { now() >= $0 } ?? false) {
                ProcessTree.signalAll(SIGKILL, find: { ProcessTree.descendants(of: getpid()) },
                                      reap: { reapChildren { if $0 == lesson { status = $1 } } })
                exit(like: status ?? SIGKILL)
            }
        }
    }

    /// Reaps every child that has ended, without blocking.
    private static func reapChildren(_ ended: (pid_t, Int32) -> Void) {
        var status: Int32 = 0
        while true {
            let pid = waitpid(-1, &status, WNOHANG)
            if pid <= 0 { return }
            ended(pid, status)
        }
    }

    /// Ends this process as the raw wait `status` says the lesson ended.
    private static func exit(like status: Int32) -> Never {
        let sig: Int32
        switch WaitStatus(status) {
        case .exited(let code): _exit(code)
        case .signaled(let signal): sig = signal
        }
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
        signal(sig, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, sig)
        sigprocmask(SIG_UNBLOCK, &only, nil)
        raise(sig)
        _exit(128 + sig)
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `prctl(2)`, which Swift cannot call directly (it is variadic in C).
    @discardableResult
    static func prctl(_ option: Int32, _ argument: UInt) -> Int32 {
        typealias Function = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return -1 }
        return unsafeBitCast(symbol, to: Function.self)(option, argument, 0, 0, 0)
    }
}
#endif

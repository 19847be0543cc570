#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Expected-error cells: each runs in a forked child, so its failure cannot end the program and
/// the cells after it still see the state before it.
///
/// The child does not run the cell on the thread that forked. A forked copy of a thread keeps
/// that thread's runtime state, such as the thread id a `Mutex` caches to mark itself its owner
/// (Linux's priority-inheritance futex): in the child that id names a thread of the parent, so
/// when the cell's threads contend for a lock the main thread holds — `Parallel.map` does —
/// the kernel refuses the wait and the cell dies of "Unknown error occurred while attempting to
/// acquire a Mutex" instead of its own error (or, with other locks, spins). So the assembler
/// wraps the cell in a closure and the child runs it on a new thread, whose state is its own,
/// with an alternate signal stack so a stack overflow there still reaches the backtracer.
extension ProgramRuntime {
    /// Forks for expected-error cell `index`.
    ///
    /// Returns `true` in the child, which then calls `runExpectedFailure(_:)` with the cell;
    /// returns `false` in the parent after the child has ended, having reported the child's wait
    /// status to the runner. When fork fails the cell is reported as not run (status -1).
    public static func forkExpectedFailure(cell index: Int) -> Bool {
        fflush(stdout)
        fflush(stderr)
        let pid = fork()
        if pid == 0 { return true }
        var status: Int32 = -1
        if pid > 0 {
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        emit(.forked(cell: index, status: status), toStderr: true)
        return false
    }

    /// Runs the expected-error cell `body` on a new thread and ends the child as the cell ends:
    /// status 0 when it ran to its end, else as it failed — an error it threw is reported as an
    /// uncaught one at top level, located where it was thrown.
    public static func runExpectedFailure(_ body: () throws -> Void) -> Never {
        withoutActuallyEscaping(body) { body in
            var cell = ExpectedCell(body: body)
            withUnsafeMutablePointer(to: &cell) { pointer in
                var thread = pthread_t()
                if pthread_create(&thread, nil, { ExpectedCell.run($0!) }, pointer) != 0 {
                    ExpectedCell.run(UnsafeMutableRawPointer(pointer))  // no thread to be had: run it here
                }
                pthread_join(thread, nil)
            }
        }
        fflush(stdout)
        _exit(0)
    }
}

/// What the expected-error cell's thread runs.
private struct ExpectedCell {
    var body: () throws -> Void

    static func run(_ raw: UnsafeMutableRawPointer) -> Never {
        let cell = raw.assumingMemoryBound(to: ExpectedCell.self).pointee
        #if canImport(Glibc)
        ProgramRuntime.recordThrowsOnThisThread()
        var stack = stack_t()
        stack.ss_size = 1 << 18
        stack.ss_sp = malloc(stack.ss_size)
        if stack.ss_sp != nil { sigaltstack(&stack, nil) }
        #endif
        do {
            try cell.body()
        } catch {
            #if canImport(Glibc)
            ProgramRuntime.reportThrowSite()
            #endif
            fatalError("Error raised at top level: \(String(reflecting: error))")
        }
        fflush(stdout)
        _exit(0)
    }
}

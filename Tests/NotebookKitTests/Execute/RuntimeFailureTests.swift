import Testing
@testable import NotebookKit

@Suite struct RuntimeFailureTests {
    let stderr = """
        user line
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range
        swift-runtime: failed to suspend thread 15536 while processing a crash; backtraces will be missing information

        *** Signal 4: Backtracing from 0x7f96b996df7f... done ***

        *** Program crashed: Illegal instruction at 0x00007f96b996df7f ***
          3 [ra] 0x00005602515162b3 main + 434 in lesson at Notebooks/x.md:10:15
          4 [ra] 0x00005602515162b3 pick + 12 in lesson at /work/repo/Notebooks/x.md:4:3
        Backtrace took 0.04s
        """

    @Test func messageAndInnermostLessonFrame() {
        let failure = RuntimeFailure(.signaled(4), stderr: stderr, lessonPath: "Notebooks/x.md")
        #expect(failure.message == "runtime error: Index out of range")
        #expect(failure.location?.line == 10 && failure.location?.column == 15)
        #expect(failure.callers.map(\.line) == [4])
    }

    @Test func userStderrKeepsOnlyWhatTheLessonPrinted() {
        #expect(RuntimeFailure.userStderr(stderr) == "user line\n")
    }

    @Test func exitAndTimeoutMessages() {
        #expect(RuntimeFailure(.exited(3), stderr: "", lessonPath: "x.md").message == "the program exited with status 3 before the end of the lesson")
        #expect(RuntimeFailure(.timedOut(seconds: 2.5), stderr: "", lessonPath: "x.md").message.hasPrefix("timed out after 2.5 s"))
        #expect(RuntimeFailure(.signaled(11), stderr: "", lessonPath: "x.md").message == "the program crashed (SIGSEGV: bad memory access)")
    }

    @Test func uncaughtErrorIsLocatedAtItsThrowSite() {
        let text = """
            Swift/ErrorType.swift:254: Fatal error: Error raised at top level: Lesson.(unknown context at $55be48d76d70).Oops(n: 8)
            *** Uncaught error thrown at:
              closure #1 in static ThrowSite.record at NotebookRuntime/ProgramRuntime+Throws.swift:75:41
              risky(_:) at Notebooks/x.md:6:16
              deeper(_:) at Notebooks/x.md:15:9
              main at Notebooks/x.md:17:13
            *** End of the throw site

            *** Program crashed: Illegal instruction at 0x00007f96b996df7f ***
              2 [ra] [system] 0x000055c340c04577 main + 278 in lesson at //<compiler-generated>
            Backtrace took 0.01s
            """
        let failure = RuntimeFailure(.signaled(4), stderr: text, lessonPath: "Notebooks/x.md")
        #expect(failure.message == "uncaught error: Oops(n: 8)")
        #expect(failure.location?.line == 6 && failure.location?.column == 16)
        #expect(failure.callers.map(\.line) == [15, 17])
        #expect(RuntimeFailure.userStderr("mine\n" + text) == "mine\n")
    }

    @Test func aThrowSiteIsIgnoredForOtherFailures() {
        let text = """
            Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range
            *** Uncaught error thrown at:
              risky(_:) at Notebooks/x.md:6:16
            *** End of the throw site
            *** Program crashed: Illegal instruction at 0x00007f96b996df7f ***
              3 [ra] 0x00005602515162b3 main + 434 in lesson at Notebooks/x.md:10:15
            Backtrace took 0.04s
            """
        let failure = RuntimeFailure(.signaled(4), stderr: text, lessonPath: "Notebooks/x.md")
        #expect(failure.location?.line == 10)
        #expect(failure.callers.isEmpty)
    }

    @Test func aStackOverflowIsNamedAndARecursionCountsOnce() {
        let frames = (1...12_000).map { "\($0) [ra] 0x0000562b21540e8b down(_:) + 58 in lesson at Notebooks/x.md:5:12" }
        let text = (["*** Program crashed: Bad pointer dereference at 0x00007ffcb0bd2ff8 ***",
                     "     0      0x0000562b21540e58 down(_:) + 8 in lesson at Notebooks/x.md:4"] + frames
                    + ["12001 [ra] 0x0000562b21541010 main + 335 in lesson at Notebooks/x.md:8:7", "Backtrace took 1.15s"]).joined(separator: "\n")
        let failure = RuntimeFailure(.signaled(11), stderr: text, lessonPath: "Notebooks/x.md")
        #expect(failure.message == "the program crashed (SIGSEGV: stack overflow; endless recursion?)")
        #expect(failure.location?.line == 5 && failure.location?.column == 12)
        #expect(failure.callers.map(\.line) == [8])
    }
}

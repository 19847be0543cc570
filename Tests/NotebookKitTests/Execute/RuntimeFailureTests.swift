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
}

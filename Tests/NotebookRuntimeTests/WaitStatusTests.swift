import Testing
import NotebookRuntime

@Suite struct WaitStatusTests {
    @Test func decodesLinuxsLayout() {
        #expect(WaitStatus(0) == .exited(0))
        #expect(WaitStatus(3 << 8) == .exited(3))
        #expect(WaitStatus(9) == .signaled(9))
    }
}

import LinearAlgebra
import Testing
@testable import NotebookKit

/// The runner refuses a `NOTEBOOK_ENGINE_KERNELS` that lesson programs could not run with.
@Suite struct ToolchainKernelsTests {
    @Test func acceptsAutoPortableAndUnset() throws {
        try Toolchain.checkKernelPath([:])
        try Toolchain.checkKernelPath(["NOTEBOOK_ENGINE_KERNELS": "auto"])
        try Toolchain.checkKernelPath(["NOTEBOOK_ENGINE_KERNELS": "portable"])
    }

    @Test(arguments: ["fastest", "AVX-2"])
    func refusesWhatIsNoPath(value: String) {
        expectRefusal(value)
    }

    /// `avx2` and `avx512` pass where this CPU runs them and are refused where it does not.
    @Test(arguments: [KernelPath.avx2, .avx512])
    func acceptsAVectorPathOnlyWhereTheCPURunsIt(path: KernelPath) throws {
        if path.isSupported {
            try Toolchain.checkKernelPath(["NOTEBOOK_ENGINE_KERNELS": path.rawValue])
        } else {
            expectRefusal(path.rawValue)
        }
    }

    private func expectRefusal(_ value: String) {
        #expect {
            try Toolchain.checkKernelPath(["NOTEBOOK_ENGINE_KERNELS": value])
        } throws: { error in
            let message = (error as? DiagnosticError)?.diagnostics.first?.message ?? ""
            return message.contains("NOTEBOOK_ENGINE_KERNELS=") && message.contains("portable")
        }
    }
}

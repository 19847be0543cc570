import Testing
@testable import NotebookKit

/// The runner refuses a `NOTEBOOK_ENGINE_KERNELS` that lesson programs could not run with.
@Suite struct ToolchainKernelsTests {
    @Test func acceptsAutoPortableAndUnset() throws {
        try Toolchain.checkKernelPath([:])
        try Toolchain.checkKernelPath(["NOTEBOOK_ENGINE_KERNELS": "auto"])
        try Toolchain.checkKernelPath(["NOTEBOOK_ENGINE_KERNELS": "portable"])
    }

    @Test(arguments: ["avx512", "fastest", "AVX-2"])
    func refusesWhatCannotRun(value: String) {
        #expect {
            try Toolchain.checkKernelPath(["NOTEBOOK_ENGINE_KERNELS": value])
        } throws: { error in
            let message = (error as? DiagnosticError)?.diagnostics.first?.message ?? ""
            return message.contains("NOTEBOOK_ENGINE_KERNELS=") && message.contains("portable")
        }
    }
}

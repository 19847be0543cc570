import Foundation
import LinearAlgebra

extension Toolchain {
    /// Checks that `NOTEBOOK_ENGINE_KERNELS` names a kernel path lesson programs can run here,
    /// before any lesson starts: the engine would otherwise stop each program with the message.
    static func checkKernelPath(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(DiagnosticError) {
        do {
            _ = try KernelPath.resolve(environment[KernelPath.environmentVariable])
        } catch {
            throw DiagnosticError(.error(error.description, notes: [
                .init("every kernel path gives the same results; unset the variable to use the fastest one"),
            ]))
        }
    }
}

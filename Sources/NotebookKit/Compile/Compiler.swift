import Foundation

/// Compiles an assembled program with swiftc (the "compile" step).
public struct Compiler: Sendable {
    public var toolchain: Toolchain

    public init(toolchain: Toolchain) { self.toolchain = toolchain }

    /// What came of compiling.
    struct Outcome {
        /// Lesson-located diagnostics (errors and warnings).
        var diagnostics: [Diagnostic]
        /// Errors swiftc reported outside the lesson: the runner's or the set-up's fault.
        var otherErrors: [String]
        var succeeded: Bool
    }

    /// Compiles `program` to an executable at `output`; the source is written beside it.
    func build(_ program: Program, lessonPath: String, in directory: String, output: String) throws -> Outcome {
        let sourcePath = directory + "/main.swift"
        try FileSystem.write(program.source, to: sourcePath)
        return try invoke(toolchain.compileArguments(source: sourcePath, output: output), program: program, lessonPath: lessonPath, source: sourcePath)
    }

    /// Type-checks `program` only (for expected-compile-error cells).
    func typecheck(_ program: Program, lessonPath: String, in directory: String, name: String) throws -> Outcome {
        let sourcePath = directory + "/\(name).swift"
        try FileSystem.write(program.source, to: sourcePath)
        return try invoke(toolchain.typecheckArguments(source: sourcePath), program: program, lessonPath: lessonPath, source: sourcePath)
    }

    private func invoke(_ arguments: [String], program: Program, lessonPath: String, source: String) throws -> Outcome {
        // swiftc's driver leaves folders in TMPDIR: point it at the run's folder, removed after.
        let folder = (source as NSString).deletingLastPathComponent
        let process = ChildProcess(executable: toolchain.swiftc, arguments: arguments, environment: ["TMPDIR": folder], timeout: 600)
        let (termination, stdout, stderr) = try process.runCollecting()
        let text = String(decoding: stderr + stdout, as: UTF8.self)
        let output = CompilerOutput(text, lessonPath: lessonPath, program: program, generatedFile: source)
        var other = output.otherErrors
        if termination != .exited(0) && other.isEmpty && !output.diagnostics.contains(where: { $0.severity == .error }) {
            other.append(text.isEmpty ? "swiftc failed: \(termination)" : CompilerOutput.scrubbed(text, folder: folder))
        }
        return Outcome(diagnostics: output.diagnostics, otherErrors: other, succeeded: termination == .exited(0))
    }
}

import Foundation

/// Compiles an assembled program with swiftc (the "compile" step).
public struct Compiler: Sendable {
    public var toolchain: Toolchain
    /// The jobs learned from the driver, run directly (``CompilePlan``); `nil` compiles
    /// through `swiftc` every time.
    var plans: CompilePlans?

    public init(toolchain: Toolchain) { self.init(toolchain: toolchain, plans: CompilePlans.shared) }

    init(toolchain: Toolchain, plans: CompilePlans?) {
        self.toolchain = toolchain
        self.plans = plans
    }

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
        let arguments = toolchain.compileArguments(source: sourcePath, output: output)
        if let plans, (output as NSString).deletingLastPathComponent == directory,
           let (termination, text) = try planned(arguments, in: directory, plans: plans) {
            return outcome(termination, text, program: program, lessonPath: lessonPath, source: sourcePath)
        }
        return try invoke(arguments, program: program, lessonPath: lessonPath, source: sourcePath)
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
        return outcome(termination, String(decoding: stderr + stdout, as: UTF8.self), program: program, lessonPath: lessonPath, source: source)
    }

    /// Reads what swiftc (or the jobs it would run) printed, and how it ended.
    private func outcome(_ termination: ChildProcess.Termination, _ text: String, program: Program, lessonPath: String, source: String) -> Outcome {
        let folder = (source as NSString).deletingLastPathComponent
        let output = CompilerOutput(text, lessonPath: lessonPath, program: program, generatedFile: source)
        var other = output.otherErrors
        if termination != .exited(0) && other.isEmpty && !output.diagnostics.contains(where: { $0.severity == .error }) {
            other.append(text.isEmpty ? "swiftc failed: \(termination)" : CompilerOutput.scrubbed(text, folder: folder))
        }
        return Outcome(diagnostics: output.diagnostics, otherErrors: other, succeeded: termination == .exited(0))
    }
}

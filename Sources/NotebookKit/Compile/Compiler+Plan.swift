import Foundation
import NotebookRuntime

extension Compiler {
    /// Compiles and links with the jobs of a ``CompilePlan`` instead of through `swiftc`'s
    /// driver: learns the plan first if there is none for these arguments yet. Returns how the
    /// last job that ran ended and everything the jobs printed, or `nil` when there is no plan
    /// for this toolchain (the caller then runs `swiftc`).
    ///
    /// What the autolink extractor answers depends only on the object's autolink entries, so
    /// it is kept by their digest; what `clang` then runs names the plan's own files, so it is
    /// kept by the plan's digest and the entries'. The next lesson with the same imports runs
    /// the frontend and the linker, nothing else.
    func planned(_ arguments: [String], in folder: String, plans: CompilePlans) throws -> (ChildProcess.Termination, String)? {
        let key = CompilePlans.key(for: toolchain, arguments: arguments.map { CompilePlan.templated($0, folder: folder) })
        guard let plan = try plans.value(.plan, key, as: CompilePlan.self) ?? learn(arguments, in: folder, plans: plans, key: key) else { return nil }
        for file in plan.intermediateFiles { try FileSystem.createDirectory(parentOf: CompilePlan.resolved(file, in: folder)) }
        var log = JobLog()
        var linkerKey: String?
        do {
            guard try log.run(plan.compile, in: folder) else { return log.result }
            let found = Self.autolinkEntries(CompilePlan.resolved(plan.object, in: folder))
            // The linker job names the plan's files: it is kept by the plan itself, not its key.
            linkerKey = found.map { Self.digest(plan.digest, $0) }
            try link(plan, entries: found.map { Self.digest(key, $0) }, linkerKey: linkerKey, in: folder, plans: plans, log: &log)
            return log.result
        } catch is ChildProcess.LaunchError {
            // A tool of the plan is gone (the toolchain moved): forget it, and let swiftc answer.
            plans.forget(.plan, key)
            if let linkerKey { plans.forget(.linker, linkerKey) }
            return nil
        }
    }

    /// Links the compiled object: with the linker job kept for these autolink entries when
    /// there is one and it succeeds; else the plan's way (the extractor's answer, kept or
    /// asked for, then the linker job `clang` names, learned and kept). A kept linker job that
    /// fails is forgotten and the link done again that way: it may name system files that have
    /// since moved (a newer gcc's `crtbeginS.o`); a fault of the lesson's own fails the same
    /// way again, and that second answer is the one reported.
    private func link(_ plan: CompilePlan, entries: String?, linkerKey: String?, in folder: String, plans: CompilePlans,
                      log: inout JobLog) throws {
        if let linkerKey, let linker = plans.value(.linker, linkerKey, as: CompilePlan.Job.self) {
            var attempt = log
            if try attempt.run(linker, in: folder) { log = attempt; return }
            plans.forget(.linker, linkerKey)
        }
        let autolinkFile = CompilePlan.resolved(plan.autolinkFile, in: folder)
        if let entries, let answer = plans.value(.autolink, entries, as: String.self) {
            try FileSystem.write(answer, to: autolinkFile)
        } else {
            guard try log.run(plan.autolink, in: folder) else { return }
            if let entries { plans.store(try FileSystem.readText(autolinkFile), .autolink, entries) }
        }
        if let linkerKey, let linker = try learnLinker(plan.link, in: folder) {
            plans.store(linker, .linker, linkerKey)
            _ = try log.run(linker, in: folder)
        } else {
            _ = try log.run(plan.link, in: folder)
        }
    }

    /// Asks the driver for its jobs (`-###`), run in `folder` as the jobs will be.
    private func learn(_ arguments: [String], in folder: String, plans: CompilePlans, key: String) throws -> CompilePlan? {
        let (termination, stdout, _) = try Self.run(CompilePlan.Job(executable: toolchain.swiftc, arguments: arguments + ["-###"]), in: folder, timeout: 120)
        guard termination == .exited(0), let plan = CompilePlan(driverOutput: String(decoding: stdout, as: UTF8.self), folder: folder) else { return nil }
        plans.store(plan, .plan, key)
        return plan
    }

    /// Asks `clang` which linker job it would run for the plan's link (`-###`, on standard error).
    private func learnLinker(_ link: CompilePlan.Job, in folder: String) throws -> CompilePlan.Job? {
        let resolved = CompilePlan.resolved(link, in: folder)
        let (termination, _, stderr) = try Self.run(CompilePlan.Job(executable: resolved.executable, arguments: resolved.arguments + ["-###"]), in: folder, timeout: 120)
        guard termination == .exited(0) else { return nil }
        return CompilePlan.linker(clangOutput: String(decoding: stderr, as: UTF8.self), folder: folder)
    }

    /// The jobs run so far: how the last one ended and what they all printed.
    private struct JobLog {
        var termination = ChildProcess.Termination.exited(0)
        var text = ""
        var result: (ChildProcess.Termination, String) { (termination, text) }

        /// Runs `job` in `folder`; whether it succeeded.
        mutating func run(_ job: CompilePlan.Job, in folder: String) throws -> Bool {
            let resolved = CompilePlan.resolved(job, in: folder)
            let (termination, stdout, stderr) = try Compiler.run(resolved, in: folder, timeout: 600)
            self.termination = termination
            text += String(decoding: stderr + stdout, as: UTF8.self)
            return termination == .exited(0)
        }
    }

    /// Runs `job` in `folder`, with its temporary files there too (removed with the folder).
    private static func run(_ job: CompilePlan.Job, in folder: String, timeout: Double) throws -> (ChildProcess.Termination, [UInt8], [UInt8]) {
        try ChildProcess(executable: job.executable, arguments: job.arguments, environment: ["TMPDIR": folder],
                         workingDirectory: folder, timeout: timeout).runCollecting()
    }

    /// The object's autolink sections, joined; `nil` when the file is not an ELF object we can read.
    private static func autolinkEntries(_ object: String) -> [UInt8]? {
        guard let bytes = try? FileSystem.read(object), let sections = ELFSections(bytes)?.contents(named: ELFSections.autolinkEntries) else { return nil }
        return Array(sections.joined(separator: [0]))
    }

    private static func digest(_ key: String, _ entries: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(key + "\n")
        hasher.update(entries)
        return hasher.finalizeHex()
    }
}

import Foundation
import NotebookRuntime

/// The jobs `swiftc` runs to build a lesson — a frontend job for each source file, the autolink
/// extractor and the link — read once from the driver's own account of them (`swiftc -###`) and
/// then run directly, which saves the driver's start-up (about 70 ms a lesson; see
/// benchmarks/README.md). The frontend jobs are independent of each other and run in parallel.
/// The link job is `clang`'s driver, which in turn runs the linker: ``linker(clangOutput:folder:)``
/// reads that job from `clang -###` the same way.
///
/// Every path inside the run's folder is kept as ``folderToken``, so one plan serves every run
/// of the same compile, whatever its folder. A plan is only made from the exact shape it
/// expects — `swift-frontend -frontend -c` jobs writing objects, `swift-autolink-extract`
/// reading those objects, and one link job reading the extractor's output as `@file` — and
/// `nil` otherwise, when the runner simply calls `swiftc`.
struct CompilePlan: Codable, Hashable, Sendable {
    struct Job: Codable, Hashable, Sendable {
        var executable: String
        var arguments: [String]
    }

    /// Stands for the run's folder in a plan's arguments.
    static let folderToken = "{{notebook-folder}}"

    /// The frontend jobs, in the driver's order: in batch mode, one for each batch of files.
    var compiles: [Job]
    var autolink: Job
    var link: Job
    /// The object files the compile jobs write, in order (with the token).
    var objects: [String]
    /// The file the autolink job writes and the link job reads (with the token).
    var autolinkFile: String

    /// Reads `swiftc -###` output printed for a compile whose files all lie in `folder`.
    init?(driverOutput: String, folder: String) {
        let lines = driverOutput.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        let jobs = lines.compactMap { line -> Job? in
            guard let words = ShellWords.split(line), let executable = words.first, !executable.contains(folder) else { return nil }
            return Job(executable: executable, arguments: words.dropFirst().map { Self.templated($0, folder: folder) })
        }
        guard jobs.count >= 3, lines.count == jobs.count else { return nil }
        let compiles = Array(jobs.dropLast(2)), (autolink, link) = (jobs[jobs.count - 2], jobs[jobs.count - 1])
        let outputs = compiles.map(Self.outputs(of:)), objects = outputs.flatMap { $0 ?? [] }
        guard compiles.allSatisfy(Self.isFrontendCompile), outputs.allSatisfy({ $0 != nil }), Set(objects).count == objects.count,
              Self.name(autolink) == "swift-autolink-extract",
              let autolinkFile = Self.output(of: autolink), autolink.arguments == objects + ["-o", autolinkFile],
              link.arguments.contains("@" + autolinkFile), link.arguments.filter({ $0.hasPrefix("@") }).count == 1
        else { return nil }
        // The driver's own folder for the intermediate files has a random name: give it a fixed
        // one, so that plans learned at the same time (two lessons built at once) are equal.
        let driverFolder = (objects[0] as NSString).deletingLastPathComponent + "/"
        let rename = { (argument: String) in
            driverFolder == Self.folderToken + "/" ? argument : argument.replacingOccurrences(of: driverFolder, with: Self.folderToken + "/jobs/")
        }
        let renamed = { (job: Job) in Job(executable: job.executable, arguments: job.arguments.map(rename)) }
        self.compiles = compiles.map(renamed)
        self.autolink = renamed(autolink)
        self.link = renamed(link)
        self.objects = objects.map(rename)
        self.autolinkFile = rename(autolinkFile)
    }

    /// The one linker job in `clang -###` output (printed on standard error after clang's
    /// version lines, each argument in double quotes), with `folder` as the token; `nil` for
    /// anything else.
    static func linker(clangOutput: String, folder: String) -> Job? {
        let jobs = clangOutput.split(separator: "\n").filter { $0.hasPrefix(" \"") }
        guard jobs.count == 1, let words = ShellWords.split(jobs[0]), let executable = words.first,
              (executable as NSString).lastPathComponent.hasPrefix("ld"), !executable.contains(folder),
              !words.contains(where: { $0.hasPrefix("@") })
        else { return nil }
        return Job(executable: executable, arguments: words.dropFirst().map { templated($0, folder: folder) })
    }

    /// The plan's own digest (its jobs as JSON), for what is derived from its jobs.
    var digest: String {
        var hasher = SHA256()
        hasher.update(CompilePlans.encoded(self).map { Array($0) } ?? [])
        return hasher.finalizeHex()
    }

    /// `argument` with `folder` written as the token.
    static func templated(_ argument: String, folder: String) -> String {
        argument.replacingOccurrences(of: folder, with: folderToken)
    }

    /// `templated` with the token replaced by `folder`.
    static func resolved(_ templated: String, in folder: String) -> String {
        templated.replacingOccurrences(of: folderToken, with: folder)
    }

    /// `job` as it runs in `folder`.
    static func resolved(_ job: Job, in folder: String) -> Job {
        Job(executable: job.executable, arguments: job.arguments.map { resolved($0, in: folder) })
    }

    /// The frontend jobs as one job that compiles every file as a primary file, writing the
    /// same objects in the same order: what the driver's batch mode would run (its own batch
    /// mode names objects the link does not read, in this toolchain). One process parses
    /// and imports once for all the files: on the 50-cell benchmark lesson 1.84 G instructions,
    /// against 0.70 G + 1.86 G for the two jobs run at once (see benchmarks/README.md). `nil`
    /// when the jobs differ in anything but which file is primary and the object.
    var batch: Job? {
        guard compiles.count > 1, let first = compiles.first else { return nil }
        let primaries = compiles.compactMap { job in job.arguments.firstIndex(of: "-primary-file").map { job.arguments[$0 + 1] } }
        let plain = { (job: Job) in Self.removingPrimaryAndOutput(job.arguments) }
        guard primaries.count == compiles.count, compiles.allSatisfy({ plain($0) == plain(first) }),
              let output = first.arguments.lastIndex(of: "-o") else { return nil }
        var arguments: [String] = []
        for (index, argument) in first.arguments.enumerated() where argument != "-primary-file" {
            if primaries.contains(argument), first.arguments[index - 1] != "-o" { arguments.append("-primary-file") }
            if index == output + 1 { arguments += Array(objects.map { [$0] }.joined(separator: ["-o"])) } else { arguments.append(argument) }
        }
        return Job(executable: first.executable, arguments: arguments)
    }

    /// `arguments` without `-primary-file` flags and without the value of `-o`.
    private static func removingPrimaryAndOutput(_ arguments: [String]) -> [String] {
        arguments.enumerated().filter { $0.element != "-primary-file" && ($0.offset == 0 || arguments[$0.offset - 1] != "-o") }.map(\.element)
    }

    /// The files under the folder a plan's jobs write or read, whose folders must exist first
    /// (the driver puts its intermediate files in a folder of its own).
    var intermediateFiles: [String] { objects + [autolinkFile] }

    private static func name(_ job: Job) -> String { (job.executable as NSString).lastPathComponent }

    /// A `swift-frontend -frontend -c` job whose arguments all stay valid without the driver
    /// (no response file, which would be gone with the driver's folder).
    private static func isFrontendCompile(_ job: Job) -> Bool {
        name(job) == "swift-frontend" && job.arguments.first == "-frontend" && job.arguments.contains("-c")
            && !job.arguments.contains(where: { $0.hasPrefix("@") })
    }

    /// The value of the job's last `-o`, when it is a file in the folder.
    private static func output(of job: Job) -> String? { outputs(of: job)?.last }

    /// The values of the job's `-o`s (a batch job writes one object for each of its primary
    /// files), when there is one and all are files in the folder.
    private static func outputs(of job: Job) -> [String]? {
        let values = job.arguments.indices.filter { job.arguments[$0] == "-o" }.map { $0 + 1 < job.arguments.count ? job.arguments[$0 + 1] : "" }
        return !values.isEmpty && values.allSatisfy({ $0.hasPrefix(folderToken + "/") }) ? values : nil
    }
}

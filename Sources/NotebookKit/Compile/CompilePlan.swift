import Foundation
import NotebookRuntime

/// The three jobs `swiftc` runs to build a lesson — the frontend, the autolink extractor and the
/// link — read once from the driver's own account of them (`swiftc -###`) and then run
/// directly, which saves the driver's start-up (about 70 ms a lesson; see benchmarks/README.md).
/// The link job is `clang`'s driver, which in turn runs the linker: ``linker(clangOutput:folder:)``
/// reads that job from `clang -###` the same way.
///
/// Every path inside the run's folder is kept as ``folderToken``, so one plan serves every run
/// of the same compile, whatever its folder. A plan is only made from the exact shape it
/// expects — a `swift-frontend -frontend -c` job writing one object, `swift-autolink-extract`
/// reading that object, and one link job reading the extractor's output as `@file` — and
/// `nil` otherwise, when the runner simply calls `swiftc`.
struct CompilePlan: Codable, Hashable, Sendable {
    struct Job: Codable, Hashable, Sendable {
        var executable: String
        var arguments: [String]
    }

    /// Stands for the run's folder in a plan's arguments.
    static let folderToken = "{{notebook-folder}}"

    var compile: Job
    var autolink: Job
    var link: Job
    /// The object file the compile job writes (with the token).
    var object: String
    /// The file the autolink job writes and the link job reads (with the token).
    var autolinkFile: String

    /// Reads `swiftc -###` output printed for a compile whose files all lie in `folder`.
    init?(driverOutput: String, folder: String) {
        let lines = driverOutput.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        let jobs = lines.compactMap { line -> Job? in
            guard let words = ShellWords.split(line), let executable = words.first, !executable.contains(folder) else { return nil }
            return Job(executable: executable, arguments: words.dropFirst().map { Self.templated($0, folder: folder) })
        }
        guard jobs.count == 3, lines.count == 3 else { return nil }
        let (compile, autolink, link) = (jobs[0], jobs[1], jobs[2])
        guard Self.name(compile) == "swift-frontend", compile.arguments.first == "-frontend", compile.arguments.contains("-c"),
              !compile.arguments.contains(where: { $0.hasPrefix("@") }),
              let object = Self.output(of: compile), Self.name(autolink) == "swift-autolink-extract",
              let autolinkFile = Self.output(of: autolink), autolink.arguments == [object, "-o", autolinkFile],
              link.arguments.contains("@" + autolinkFile), link.arguments.filter({ $0.hasPrefix("@") }).count == 1
        else { return nil }
        // The driver's own folder for the intermediate files has a random name: give it a fixed
        // one, so that plans learned at the same time (two lessons built at once) are equal.
        let driverFolder = (object as NSString).deletingLastPathComponent + "/"
        let rename = { (argument: String) in
            driverFolder == Self.folderToken + "/" ? argument : argument.replacingOccurrences(of: driverFolder, with: Self.folderToken + "/jobs/")
        }
        let renamed = { (job: Job) in Job(executable: job.executable, arguments: job.arguments.map(rename)) }
        self.compile = renamed(compile)
        self.autolink = renamed(autolink)
        self.link = renamed(link)
        self.object = rename(object)
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

    /// The files under the folder a plan's jobs write or read, whose folders must exist first
    /// (the driver puts its intermediate files in a folder of its own).
    var intermediateFiles: [String] { [object, autolinkFile] }

    private static func name(_ job: Job) -> String { (job.executable as NSString).lastPathComponent }

    /// The value of the job's `-o`, when it is a file in the folder.
    private static func output(of job: Job) -> String? {
        guard let index = job.arguments.lastIndex(of: "-o"), index + 1 < job.arguments.count else { return nil }
        let path = job.arguments[index + 1]
        return path.hasPrefix(folderToken + "/") ? path : nil
    }
}

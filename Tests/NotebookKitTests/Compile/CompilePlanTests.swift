import Foundation
import Testing
@testable import NotebookKit

/// Building lessons with the driver's jobs run directly, and falling back to `swiftc`.
@Suite struct CompilePlanTests {
    static let driverOutput = """
        /sw/bin/swift-frontend -frontend -c -primary-file /r/f/main.swift -I '/My Project/Modules' -file-compilation-dir /r/f -o /r/f/TemporaryDirectory.x1/main-1.o
        /sw/bin/swift-autolink-extract /r/f/TemporaryDirectory.x1/main-1.o -o /r/f/TemporaryDirectory.x1/Lesson-1.autolink
        /sw/bin/clang -pie /r/f/TemporaryDirectory.x1/main-1.o @/r/f/TemporaryDirectory.x1/Lesson-1.autolink -lswiftCore -o /r/f/lesson

        """

    @Test func aPlanKeepsTheFolderAsAToken() throws {
        let plan = try #require(CompilePlan(driverOutput: Self.driverOutput, folder: "/r/f"))
        #expect(plan.compile.executable == "/sw/bin/swift-frontend")
        #expect(plan.compile.arguments.contains("/My Project/Modules"))
        #expect(plan.object == "{{notebook-folder}}/jobs/main-1.o", "the driver's folder of its own gets a fixed name")
        let link = CompilePlan.resolved(plan.link, in: "/s/g")
        #expect(link.arguments == ["-pie", "/s/g/jobs/main-1.o", "@/s/g/jobs/Lesson-1.autolink", "-lswiftCore", "-o", "/s/g/lesson"])
        #expect(CompilePlan.resolved(plan.compile, in: "/s/g").arguments.contains("/s/g"), "the compilation folder moves too")
    }

    /// Two lessons built at once both learn the plan, each with a driver folder of its own:
    /// the plans, and so what is kept by their digest, are the same.
    @Test func plansLearnedAtOnceAreEqual() throws {
        let one = try #require(CompilePlan(driverOutput: Self.driverOutput, folder: "/r/f"))
        let other = try #require(CompilePlan(driverOutput: Self.driverOutput.replacingOccurrences(of: "/r/f", with: "/r/h")
            .replacingOccurrences(of: "TemporaryDirectory.x1", with: "TemporaryDirectory.y2"), folder: "/r/h"))
        #expect(one == other && one.digest == other.digest)
    }

    @Test func anyOtherShapeIsNoPlan() {
        let lines = Self.driverOutput.split(separator: "\n").map(String.init)
        #expect(CompilePlan(driverOutput: lines.prefix(2).joined(separator: "\n"), folder: "/r/f") == nil, "no link job")
        #expect(CompilePlan(driverOutput: ([lines[0]] + lines).joined(separator: "\n"), folder: "/r/f") == nil, "two compiles")
        #expect(CompilePlan(driverOutput: Self.driverOutput.replacingOccurrences(of: " -c ", with: " -emit-module "), folder: "/r/f") == nil)
        #expect(CompilePlan(driverOutput: Self.driverOutput.replacingOccurrences(of: "-primary-file", with: "@/r/f/args.resp"), folder: "/r/f") == nil,
                "a response file would be gone with the driver's folder")
        #expect(CompilePlan(driverOutput: Self.driverOutput, folder: "/elsewhere") == nil, "the outputs are not in the folder")
        #expect(CompilePlan(driverOutput: Self.driverOutput.replacingOccurrences(of: "-I '/My", with: "-I '/My"), folder: "/r/f") != nil)
    }

    @Test func theLinkerJobComesFromClangsOwnAccount() throws {
        let output = """
            clang version 21.0.0
            Target: x86_64-unknown-linux-gnu
            InstalledDir: /sw/bin
             "/usr/bin/ld.gold" "-pie" "-o" "/r/f/lesson" "/r/f/T.1/main-1.o" "-lswiftCore" "-rpath" "/My Project/lib"

            """
        let linker = try #require(CompilePlan.linker(clangOutput: output, folder: "/r/f"))
        #expect(linker.executable == "/usr/bin/ld.gold")
        #expect(CompilePlan.resolved(linker, in: "/s").arguments == ["-pie", "-o", "/s/lesson", "/s/T.1/main-1.o", "-lswiftCore", "-rpath", "/My Project/lib"])
        #expect(CompilePlan.linker(clangOutput: output + #" "/usr/bin/objcopy" "x""# + "\n", folder: "/r/f") == nil, "two jobs")
        #expect(CompilePlan.linker(clangOutput: output.replacingOccurrences(of: "ld.gold", with: "collect2"), folder: "/r/f") == nil)
        #expect(CompilePlan.linker(clangOutput: output.replacingOccurrences(of: "\"-lswiftCore\"", with: "\"@/r/f/x.rsp\""), folder: "/r/f") == nil)
    }

    /// A small program through the plan, twice (learning it, then using it), and through the
    /// driver: the same diagnostics and the same working program.
    @Test func thePlanBuildsWhatTheDriverBuilds() throws {
        let plans = try Plans()
        defer { plans.remove() }
        let good = try Self.program("```swift\nprint(\"hello from a plan\")\n```\n")
        for compiler in [plans.compiler, plans.compiler, plans.driver] {
            let folder = try FileSystem.ownedTemporaryDirectory(prefix: "plan-")
            defer { FileSystem.remove(folder) }
            let outcome = try compiler.build(good.program, lessonPath: good.path, in: folder, output: folder + "/lesson")
            #expect(outcome.succeeded && outcome.otherErrors.isEmpty, "\(outcome.otherErrors)")
            let (termination, stdout, _) = try ChildProcess(executable: folder + "/lesson", arguments: []).runCollecting()
            #expect(termination == .exited(0) && String(decoding: stdout, as: UTF8.self).contains("hello from a plan"))
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: plans.folder).map { $0.prefix { $0 != "-" } }.sorted()
        #expect(kept == ["autolink", "linker", "plan"], "one plan, learned once; one autolink answer; one linker job")
    }

    @Test func compileAndLinkErrorsReadTheSameThroughThePlan() throws {
        let plans = try Plans()
        defer { plans.remove() }
        let sources = ["```swift\nlet x: Int = \"text\"\n```\n",
                       "```swift\n@_silgen_name(\"notebook_no_such_symbol\") func missing()\nmissing()\n```\n"]
        for source in sources {
            let lesson = try Self.program(source)
            let outcomes = try [plans.compiler, plans.driver].map { compiler in
                let folder = try FileSystem.ownedTemporaryDirectory(prefix: "plan-")
                defer { FileSystem.remove(folder) }
                return try compiler.build(lesson.program, lessonPath: lesson.path, in: folder, output: folder + "/lesson")
            }
            #expect(outcomes.allSatisfy { !$0.succeeded })
            #expect(outcomes[0].diagnostics == outcomes[1].diagnostics)
            #expect(outcomes[0].otherErrors.isEmpty == outcomes[1].otherErrors.isEmpty)
            #expect(outcomes[0].otherErrors.joined().contains("notebook_no_such_symbol") == outcomes[1].otherErrors.joined().contains("notebook_no_such_symbol"))
        }
    }

    /// A kept linker job that no longer links (a system file it names has moved) is learned
    /// again from `clang`, and the lesson builds.
    @Test func aKeptLinkerJobThatFailsIsLearnedAgain() throws {
        let plans = try Plans()
        defer { plans.remove() }
        let lesson = try Self.program("```swift\nprint(2)\n```\n")
        func build() throws -> Compiler.Outcome {
            let folder = try FileSystem.ownedTemporaryDirectory(prefix: "plan-")
            defer { FileSystem.remove(folder) }
            return try plans.compiler.build(lesson.program, lessonPath: lesson.path, in: folder, output: folder + "/lesson")
        }
        #expect(try build().succeeded)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: plans.folder).first { $0.hasPrefix("linker-") })
        let key = String(name.dropFirst("linker-".count).dropLast(".json".count))
        var linker = try #require(plans.store.value(.linker, key, as: CompilePlan.Job.self))
        linker.arguments.append("/nonexistent/crtbeginS.o")
        plans.store.store(linker, .linker, key)
        let outcome = try build()
        #expect(outcome.succeeded, "\(outcome.otherErrors)")
        #expect(plans.store.value(.linker, key, as: CompilePlan.Job.self)?.arguments.contains("/nonexistent/crtbeginS.o") == false)
    }

    /// A stored plan whose tools are gone (the toolchain moved) is forgotten, and `swiftc` builds.
    @Test func aPlanWithMissingToolsFallsBackToTheDriver() throws {
        let plans = try Plans()
        defer { plans.remove() }
        let lesson = try Self.program("```swift\nprint(1)\n```\n")
        let folder = try FileSystem.ownedTemporaryDirectory(prefix: "plan-")
        defer { FileSystem.remove(folder) }
        let arguments = plans.compiler.toolchain.compileArguments(source: folder + "/main.swift", output: folder + "/lesson")
        let key = CompilePlans.key(for: plans.compiler.toolchain, arguments: arguments.map { CompilePlan.templated($0, folder: folder) })
        var stale = try #require(CompilePlan(driverOutput: Self.driverOutput, folder: "/r/f"))
        stale.compile.executable = folder + "/no-such-frontend"
        plans.store.store(stale, .plan, key)
        let outcome = try plans.compiler.build(lesson.program, lessonPath: lesson.path, in: folder, output: folder + "/lesson")
        #expect(outcome.succeeded, "\(outcome.otherErrors)")
        #expect(plans.store.value(.plan, key, as: CompilePlan.self) == nil, "the stale plan is forgotten")
    }

    /// A plans folder of its own, a compiler using it, and one using the driver only.
    struct Plans {
        let folder: String
        let store: CompilePlans
        let compiler: Compiler
        let driver: Compiler

        init() throws {
            folder = try FileSystem.ownedTemporaryDirectory(prefix: "plans-")
            store = CompilePlans(folder: folder)
            let toolchain = try Toolchain.locate()
            compiler = Compiler(toolchain: toolchain, plans: store)
            driver = Compiler(toolchain: toolchain, plans: nil)
        }

        func remove() { FileSystem.remove(folder) }
    }

    static func program(_ text: String) throws -> (program: Program, path: String) {
        let notebook = try NotebookParser().parse(text: text, path: "plan.md")
        return (ProgramAssembler().program(for: notebook), notebook.path)
    }
}

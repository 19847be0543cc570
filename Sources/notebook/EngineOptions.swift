import ArgumentParser
import NotebookKit

/// Options shared by the commands that compile lessons.
struct EngineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The build folder with libNotebookEngine.so and Modules/ (default: beside this executable).", valueName: "dir"))
    var modules: String?

    func toolchain() throws -> Toolchain {
        do {
            return try Toolchain.locate(libraryDirectory: modules)
        } catch {
            Terminal.report(error.diagnostics)
            throw LessonFailure()
        }
    }
}

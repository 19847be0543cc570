import ArgumentParser
import Foundation
import NotebookKit

/// `notebook run FILE...`: runs lessons and prints a transcript or JSON.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run lessons and print each cell's outputs.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Lesson files (.md) or folders of lessons.")
    var paths: [String]

    @Option(help: "text: a readable transcript; json: one JSON object per lesson.")
    var format: OutputFormat = .text

    @OptionGroup var engine: EngineOptions

    func run() throws {
        let toolchain = try engine.toolchain()
        let runner = NotebookRunner(toolchain: toolchain)
        var passed = true
        for path in try Lessons.find(paths) {
            guard let notebook = Lessons.parse(path) else {
                passed = false
                continue
            }
            let result = runner.run(notebook)
            passed = passed && result.passed
            switch format {
            case .text: Terminal.write(Transcript(colors: Terminal.isInteractive).format(result))
            case .json: Terminal.write(try JSONReport().encode(result) + "\n")
            }
        }
        if !passed { throw LessonFailure() }
    }
}

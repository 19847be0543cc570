import ArgumentParser
import Dispatch
import Foundation
import NotebookKit
import NotebookServe

/// `notebook serve [FOLDER] [--port N]`: a live preview of the site while lessons are written.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1, rebuilding and reloading the page when a lesson or the engine changes.")

    @OptionGroup var lessons: LessonsOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    func run() throws {
        var configuration = PreviewServer.Configuration()
        configuration.port = port
        let server = try PreviewServer(builder: lessons.builder(output: "Site"), configuration: configuration) { Terminal.writeError($0) }
        let port = server.start()
        Terminal.writeError("serve: http://127.0.0.1:\(port)/ (built into \(server.siteFolder); Ctrl-C stops)\n")
        // Ctrl-C: stop serving and remove the temporary site.
        let finished = DispatchSemaphore(value: 0)
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler {
            server.stop()
            finished.signal()
        }
        interrupt.resume()
        finished.wait()
    }
}

import NotebookKit

/// Printing the failures of a batch of lessons with their transcripts.
enum Report {
    /// Prints the transcript of every lesson that did not pass, so the log shows why.
    static func failures(_ results: [NotebookResult]) {
        for result in results where !result.passed {
            Terminal.writeError(Transcript(colors: Terminal.isInteractive).format(result))
        }
    }
}

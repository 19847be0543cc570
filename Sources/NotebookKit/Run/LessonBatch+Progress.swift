extension LessonBatch.Progress: CustomStringConvertible {
    /// The progress line: `  cached Notebooks/01-x.md 0.00 s` (or `ran   `, `FAILED`).
    public var description: String {
        let state = cached ? "cached" : (passed ? "ran   " : "FAILED")
        return "  \(state) \(path) \(Format.seconds(seconds))"
    }
}

import NotebookRuntime

/// Times for people, with fixed decimals (`FixedDecimal`: no locale, same output everywhere).
enum Format {
    /// Seconds for the transcript: `0.42 s`.
    static func seconds(_ value: Double) -> String { FixedDecimal.string(value, decimals: 2) + " s" }
}

/// Estimates how wide text renders, for layout without a font engine.
///
/// Widths are per-character averages of common sans-serif faces as a fraction of the font
/// size, rounded up so that estimates err towards more room.
enum TextMetrics {
    /// The estimated width of `text` at `size` pixels.
    static func width(_ text: String, size: Double) -> Double {
        var em = 0.0
        for character in text {
            if "iljtf.,:;'|!I ()[]".contains(character) { em += 0.34 }
            else if "mwMW@%".contains(character) { em += 0.9 }
            else if character.isUppercase { em += 0.7 }
            else if character.isNumber { em += 0.58 }
            else { em += 0.56 }
        }
        return em * size
    }

    /// `text`, shortened with a trailing ellipsis if it is wider than `maxWidth`.
    static func truncated(_ text: String, maxWidth: Double, size: Double) -> String {
        guard width(text, size: size) > maxWidth else { return text }
        var characters = Array(text)
        while !characters.isEmpty, width(String(characters) + "…", size: size) > maxWidth {
            characters.removeLast()
        }
        return String(characters) + "…"
    }
}

/// Estimates how wide text renders, for layout without a font engine.
///
/// Widths are per-character averages of common sans-serif faces as a fraction of the font
/// size, rounded up so that estimates err towards more room.
enum TextMetrics {
    /// The estimated width of `text` at `size` pixels.
    static func width(_ text: String, size: Double) -> Double {
        var em = 0.0
        for character in text {
            if "iljtf.,:;'|!I ()[]".contains(character) { em += 0.36 }
            else if "mwMW@%".contains(character) { em += 0.95 }
            else if character.isUppercase { em += 0.72 }
            else if character.isNumber { em += 0.6 }
            else { em += 0.6 }
        }
        // Fonts differ between machines (DejaVu Sans is wide): keep a small margin.
        return em * size + 2
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

    /// `text` broken at spaces into lines no wider than `maxWidth`, at most `maxLines` of them.
    /// A word wider than a line, and whatever does not fit on the last line, is shortened with
    /// a trailing ellipsis.
    static func wrapped(_ text: String, maxWidth: Double, size: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, width(last + " " + word, size: size) <= maxWidth {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        if lines.count > max(1, maxLines) {
            let keep = max(1, maxLines) - 1
            lines = Array(lines[..<keep]) + [lines[keep...].joined(separator: " ")]
        }
        return lines.map { truncated($0, maxWidth: maxWidth, size: size) }
    }
}

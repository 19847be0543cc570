/// Words as scikit-learn's text vectorizers find them by default: the text is lower-cased, then
/// every match of the regular expression `(?u)\b\w\w+\b` is a word — that is, every maximal run
/// of two or more word characters (letters, numbers, `_`), counted in Unicode scalars.
enum WordTokenizer {
    /// The words of `text`, in order, with repeats.
    static func words(_ text: String, lowercase: Bool = true) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        func finish() {
            if length >= 2 { words.append(String(current)) }
            current = String.UnicodeScalarView()
            length = 0
        }
        for scalar in text.unicodeScalars {
            let mapped: String.UnicodeScalarView
            if lowercase, scalar.value >= 0x80 || (0x41...0x5A).contains(scalar.value) {
                mapped = scalar.properties.lowercaseMapping.unicodeScalars
            } else {
                mapped = String.UnicodeScalarView([scalar])
            }
            for s in mapped {
                if isWordCharacter(s) { current.append(s); length += 1 } else { finish() }
            }
        }
        finish()
        return words
    }

    /// Python's `\w` for `str` patterns: letters (L*), numbers (N*) and the underscore.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                return true
            default: return false
            }
        }
    }
}

/// Character classes of BERT's basic tokenizer, as implemented by Hugging Face `tokenizers`
/// (`BertNormalizer` and `BertPreTokenizer`), which sentence-transformers uses.
extension Unicode.Scalar {
    /// Tab, newline, carriage return, or any scalar with the Unicode `White_Space` property.
    var isBertWhitespace: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20: return true
        case 0x21...0x7E: return false
        default: return properties.isWhitespace
        }
    }

    /// Control (Cc), format (Cf) or private-use (Co) scalars, except tab, newline and carriage
    /// return, which count as whitespace. These are removed when the text is cleaned.
    var isBertControl: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x20...0x7E: return false
        default:
            switch properties.generalCategory {
            case .control, .format, .privateUse: return true
            default: return false
            }
        }
    }

    /// ASCII punctuation and symbols (`!`…`/`, `:`…`@`, `[`…`` ` ``, `{`…`~`) or any Unicode
    /// punctuation category (Pc, Pd, Pe, Pf, Pi, Po, Ps). Each such scalar becomes its own word.
    var isBertPunctuation: Bool {
        switch value {
        case 33...47, 58...64, 91...96, 123...126: return true
        case 0...127: return false
        default:
            switch properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .closePunctuation, .finalPunctuation,
                 .initialPunctuation, .otherPunctuation, .openPunctuation:
                return true
            default: return false
            }
        }
    }

    /// CJK ideographs, which get spaces around them so each becomes a word. The ranges are those
    /// of `tokenizers`' `is_chinese_char` (including its 0x2B920 lower bound for Extension F).
    var isCJKIdeograph: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
             0x2B740...0x2B81F, 0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default: return false
        }
    }

    /// Non-spacing combining marks (Mn), removed by accent stripping after NFD decomposition.
    var isNonspacingMark: Bool {
        value > 0x7F && properties.generalCategory == .nonspacingMark
    }
}

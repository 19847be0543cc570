import Foundation

/// BERT's basic tokenisation for uncased models, split into words as Unicode scalars.
///
/// Steps, in the order of Hugging Face `tokenizers`' `BertNormalizer` + `BertPreTokenizer`:
/// 1. clean: drop NUL, U+FFFD and control/format characters; map every whitespace to a space;
/// 2. surround CJK ideographs with spaces;
/// 3. strip accents: NFD decomposition, then drop non-spacing marks (Mn);
/// 4. lower-case (full Unicode mapping, scalar by scalar);
/// 5. split on whitespace, and split off every punctuation scalar as its own word.
struct BasicTokenizer: Sendable {
    /// The words of `text`, each a non-empty array of scalars.
    func words(_ text: String) -> [[Unicode.Scalar]] {
        let normalized = normalize(text)
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in normalized {
            if scalar.isBertWhitespace {
                if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
            } else if scalar.isBertPunctuation {
                if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
                words.append([scalar])
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Steps 1–4: the cleaned, accent-stripped, lower-cased scalars of `text`.
    func normalize(_ text: String) -> [Unicode.Scalar] {
        var cleaned = String.UnicodeScalarView()
        var isASCII = true
        for scalar in text.unicodeScalars {
            if scalar.value == 0 || scalar.value == 0xFFFD || scalar.isBertControl { continue }
            if scalar.isBertWhitespace {
                cleaned.append(" ")
            } else if scalar.isCJKIdeograph {
                cleaned.append(" "); cleaned.append(scalar); cleaned.append(" ")
            } else {
                cleaned.append(scalar)
            }
            if scalar.value > 0x7F { isASCII = false }
        }
        let decomposed = isASCII ? String(cleaned) : String(cleaned).decomposedStringWithCanonicalMapping
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(decomposed.unicodeScalars.count)
        for scalar in decomposed.unicodeScalars where !scalar.isNonspacingMark {
            if scalar.value < 0x80 {
                let lower = (0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value
                result.append(Unicode.Scalar(UInt8(lower)))
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }
}

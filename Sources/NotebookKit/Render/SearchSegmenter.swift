/// Cuts text for the client-side search where it has no spaces: a run of CJK characters
/// (Han, kana, Hangul) becomes each of its characters and each overlapping pair, so a query
/// is found by its pairs (不确定性 → 不确, 确定, 定性) and a one-character query by itself (熵).
/// The site's script segments queries by the same rule (`cjkTokens` in `site.js`, the same
/// ranges), so index and query always agree.
enum SearchSegmenter {
    /// The code point ranges taken as CJK; `site.js` lists the same.
    static let ranges: [ClosedRange<UInt32>] = [
        0x3040...0x30FF,   // Hiragana, Katakana
        0x3400...0x4DBF,   // CJK Extension A
        0x4E00...0x9FFF,   // CJK Unified Ideographs
        0xAC00...0xD7AF,   // Hangul syllables
        0xF900...0xFAFF,   // CJK Compatibility Ideographs
        0x20000...0x2FA1F, // CJK Extensions B–F, Compatibility Supplement
    ]

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        ranges.contains { $0.contains(scalar.value) }
    }

    /// The maximal runs of CJK characters in `text`.
    static func runs(_ text: String) -> [[Unicode.Scalar]] {
        var runs: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if isCJK(scalar) { runs[runs.count - 1].append(scalar) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Every character and every overlapping pair of the CJK runs in `text`, each once, sorted.
    static func tokens(_ text: String) -> [String] {
        var tokens = Set<String>()
        for run in runs(text) {
            for (i, scalar) in run.enumerated() {
                tokens.insert(String(scalar))
                if i + 1 < run.count { tokens.insert(String(scalar) + String(run[i + 1])) }
            }
        }
        return tokens.sorted()
    }
}

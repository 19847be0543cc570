/// Splits a command line the way a POSIX shell splits words, for the commands `swiftc -###`
/// prints (the driver quotes an argument with spaces or shell characters in single quotes, and a
/// single quote inside as `'\''`).
///
/// Handles single quotes (everything literal up to the next `'`), double quotes (literal but
/// for `\"`, `\\`, `\$` and `` \` ``), and a backslash outside quotes (the next character
/// literal). Expansions (`$x`, globs, `~`) are not performed: the driver never prints them
/// unquoted. Returns `nil` for an unterminated quote or a trailing backslash.
enum ShellWords {
    static func split(_ line: Substring) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                guard let quoted = take(&characters, until: "'", escapes: []) else { return nil }
                word += quoted
            case "\"":
                inWord = true
                guard let quoted = take(&characters, until: "\"", escapes: ["\"", "\\", "$", "`"]) else { return nil }
                word += quoted
            case "\\":
                guard let next = characters.next() else { return nil }
                inWord = true
                word.append(next)
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    /// The characters up to `end` (consumed); a backslash before one of `escapes` makes it
    /// literal. `nil` when the line ends first.
    private static func take(_ characters: inout Substring.Iterator, until end: Character, escapes: Set<Character>) -> String? {
        var text = ""
        while let character = characters.next() {
            if character == end { return text }
            if character == "\\" && !escapes.isEmpty {
                guard let next = characters.next() else { return nil }
                if !escapes.contains(next) { text.append("\\") }
                text.append(next)
            } else {
                text.append(character)
            }
        }
        return nil
    }
}

/// The one escaping path for HTML and SVG output.
///
/// Everything the project writes into markup — rendered pages, tables, SVG charts — goes through
/// these two functions: `text` for element content, `attribute` for quoted attribute values.
/// SVG is XML, and the same rules are correct for both HTML5 and XML.
public enum Escape {
    /// Escapes element content: `&`, `<` and `>`.
    public static func text(_ string: String) -> String {
        escape(string, quotes: false)
    }

    /// Escapes a value placed inside double or single quotes: `&`, `<`, `>`, `"` and `'`.
    public static func attribute(_ string: String) -> String {
        escape(string, quotes: true)
    }

    private static func escape(_ string: String, quotes: Bool) -> String {
        var needs = false
        for byte in string.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && (byte == 0x22 || byte == 0x27)) {
            needs = true
            break
        }
        if !needs { return string }
        var out = ""
        out.reserveCapacity(string.utf8.count + 16)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

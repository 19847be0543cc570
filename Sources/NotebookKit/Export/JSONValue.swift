/// A JSON document built in code, for formats whose shape varies by entry (Jupyter's outputs).
///
/// `serialized()` writes it the way Jupyter writes notebooks (one-space indent, sorted keys,
/// `"key": value`, non-ASCII as it is), so the same value always gives the same bytes and an
/// exported notebook diffs cleanly against one Jupyter saved.
enum JSONValue: Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(Dictionary(uniqueKeysWithValues: elements)) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// The document, ending in a newline.
    func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int) {
        let inner = String(repeating: " ", count: indent + 1)
        switch self {
        case .string(let value): Self.quote(value, into: &out)
        case .int(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let values) where values.isEmpty: out += "[]"
        case .object(let members) where members.isEmpty: out += "{}"
        case .array(let values):
            out += "[\n"
            for (position, value) in values.enumerated() {
                out += inner
                value.write(to: &out, indent: indent + 1)
                out += position + 1 < values.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            out += "{\n"
            let keys = members.keys.sorted()
            for (position, key) in keys.enumerated() {
                out += inner
                Self.quote(key, into: &out)
                out += ": "
                members[key]!.write(to: &out, indent: indent + 1)
                out += position + 1 < keys.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

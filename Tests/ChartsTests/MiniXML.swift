/// A strict little XML reader for checking chart output: it accepts only the elements charts
/// may produce, `name="value"` attributes, and the five entities `Escape` writes, and fails on
/// anything else (a stray `<`, `&` or quote, an unknown element, unbalanced tags).
struct MiniXML {
    struct Element {
        var name: String
        var attributes: [(name: String, value: String)]
        /// The element's own character data, entities decoded.
        var text: String

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let allowed: Set<String> = ["svg", "title", "desc", "g", "text", "line", "rect", "path", "circle",
                                       "polygon", "defs", "clipPath", "linearGradient", "stop"]

    /// Every element in document order.
    static func parse(_ source: String) throws -> [Element] {
        let chars = Array(source)
        var index = 0
        var elements: [Element] = []
        var open: [Int] = []
        func fail(_ message: String) -> Failure { Failure(description: "\(message) at character \(index)") }
        func entity() throws -> Character {
            for (name, value) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
                if String(chars[index..<min(index + name.count, chars.count)]) == name {
                    index += name.count
                    return Character(value)
                }
            }
            throw fail("bare &")
        }
        func name() -> String {
            let start = index
            while index < chars.count, chars[index].isLetter || chars[index].isNumber || chars[index] == "-" || chars[index] == ":" { index += 1 }
            return String(chars[start..<index])
        }
        while index < chars.count {
            let char = chars[index]
            if char == "&" {
                let decoded = try entity()
                if let top = open.last { elements[top].text.append(decoded) }
            } else if char == ">" {
                throw fail("bare >")
            } else if char != "<" {
                if let top = open.last { elements[top].text.append(char) }
                else if !char.isWhitespace { throw fail("text outside the root") }
                index += 1
            } else if index + 1 < chars.count, chars[index + 1] == "/" {
                index += 2
                let closing = name()
                guard let top = open.popLast(), elements[top].name == closing else { throw fail("unbalanced </\(closing)>") }
                guard index < chars.count, chars[index] == ">" else { throw fail("bad closing tag") }
                index += 1
            } else {
                index += 1
                var element = Element(name: name(), attributes: [], text: "")
                guard allowed.contains(element.name) else { throw fail("unexpected element <\(element.name)>") }
                while true {
                    while index < chars.count, chars[index] == " " { index += 1 }
                    guard index < chars.count else { throw fail("unterminated tag") }
                    if chars[index] == ">" { index += 1; elements.append(element); open.append(elements.count - 1); break }
                    if chars[index] == "/" {
                        guard index + 1 < chars.count, chars[index + 1] == ">" else { throw fail("bad />") }
                        index += 2; elements.append(element); break
                    }
                    let attribute = name()
                    guard !attribute.isEmpty, index + 1 < chars.count, chars[index] == "=", chars[index + 1] == "\"" else {
                        throw fail("bad attribute in <\(element.name)>")
                    }
                    index += 2
                    var value = ""
                    while index < chars.count, chars[index] != "\"" {
                        if chars[index] == "<" || chars[index] == ">" || chars[index] == "'" { throw fail("unescaped \(chars[index]) in attribute") }
                        if chars[index] == "&" { value.append(try entity()) } else { value.append(chars[index]); index += 1 }
                    }
                    index += 1
                    element.attributes.append((attribute, value))
                }
            }
        }
        guard open.isEmpty else { throw Failure(description: "unclosed elements") }
        return elements
    }
}

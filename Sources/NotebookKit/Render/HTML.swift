import NotebookRuntime

/// A fragment of HTML that is safe by construction: text and attribute values are escaped
/// through `Escape` (the project's one escaping path) as they go in, and the only way to add
/// markup unescaped is `raw`, kept for cmark's output and cells' HTML/SVG displays.
public struct HTML: Sendable, Equatable {
    public private(set) var markup: String

    private init(markup: String) { self.markup = markup }

    public static let empty = HTML(markup: "")

    /// Text content, escaped.
    public static func text(_ text: String) -> HTML { HTML(markup: Escape.text(text)) }

    /// Markup already produced safely elsewhere (cmark, a display payload, the highlighter).
    public static func raw(_ markup: String) -> HTML { HTML(markup: markup) }

    /// `<name attr="value"...>children</name>`; attributes with a `nil` value are left out,
    /// attributes with an empty value are written bare (`hidden`).
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [HTML] = []) -> HTML {
        var markup = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            markup += value.isEmpty ? " \(key)" : " \(key)=\"\(Escape.attribute(value))\""
        }
        markup += ">"
        if voidElements.contains(name) { return HTML(markup: markup) }
        for child in children { markup += child.markup }
        return HTML(markup: markup + "</\(name)>")
    }

    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) -> HTML {
        element(name, attributes, [.text(text)])
    }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(markup: a.markup + b.markup) }

    public static func join(_ parts: [HTML], separator: String = "\n") -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator))
    }

    private static let voidElements: Set = ["meta", "link", "input", "br", "hr", "img"]
}

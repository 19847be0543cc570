import NotebookRuntime

/// One node of an SVG document: an element with ordered attributes and children, or text.
///
/// This is the only way the module produces markup. Rendering escapes every attribute value
/// with `Escape.attribute` and every text node with `Escape.text`; element and attribute names
/// are fixed identifiers written in this module's source, never user input.
struct SVGElement: Sendable {
    /// A child: a nested element or a run of character data.
    enum Node: Sendable {
        case element(SVGElement)
        case text(String)
    }

    let name: String
    private(set) var attributes: [(name: String, value: SVGValue)]
    private(set) var children: [Node]

    /// An element with attributes in the given order and element children.
    init(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], _ children: [SVGElement] = []) {
        self.name = name
        self.attributes = attributes.map { (name: $0.key, value: $0.value) }
        self.children = children.map(Node.element)
    }

    /// An element whose content is the text `content` (escaped when rendered).
    init(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], text content: String) {
        self.init(name, attributes)
        children = [.text(content)]
    }

    /// A copy with one more attribute appended.
    func with(_ name: String, _ value: SVGValue) -> SVGElement {
        var copy = self
        copy.attributes.append((name: name, value: value))
        return copy
    }

    /// The markup. Elements with element children put each child on its own line, so that
    /// snapshots diff line by line; elements with only text stay on one line.
    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    private func render(into out: inout String) {
        out += "<" + name
        for attribute in attributes {
            out += " " + attribute.name + "=\"" + Escape.attribute(attribute.value.string) + "\""
        }
        if children.isEmpty {
            out += "/>"
            return
        }
        out += ">"
        let hasElements = children.contains { if case .element = $0 { true } else { false } }
        for child in children {
            switch child {
            case .text(let text): out += Escape.text(text)
            case .element(let element):
                out += "\n"
                element.render(into: &out)
            }
        }
        if hasElements { out += "\n" }
        out += "</" + name + ">"
    }
}

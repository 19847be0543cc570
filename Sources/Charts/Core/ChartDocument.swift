import NotebookRuntime

/// The outer `<svg>` element every chart shares.
///
/// It carries a `viewBox` with the chart's size (the `max-width` style lets it shrink in a
/// narrow page), `role="img"`, an `aria-label`, `<title>` and `<desc>` for screen readers, and a
/// system font. Nothing sets a text colour: text and axes use `currentColor`, inherited from
/// the page.
enum ChartDocument {
    static func render(width: Double, height: Double, title: String, summary: String,
                       body: [SVGElement]) -> String {
        var children = [
            SVGElement("title", text: title.isEmpty ? summary : title),
            SVGElement("desc", text: summary),
        ]
        if !title.isEmpty {
            children.append(SVGElement.text(title, x: width / 2, y: 24, anchor: "middle",
                                             size: SVGElement.FontSize.title)
                .with("font-weight", "600"))
        }
        let root = SVGElement("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": .s("0 0 " + FixedDecimal.string(width, decimals: 2) + " " + FixedDecimal.string(height, decimals: 2)),
            "width": .n(width), "height": .n(height),
            "role": "img", "aria-label": .s(title.isEmpty ? summary : title),
            "style": "max-width:100%;height:auto",
            "font-family": "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif",
        ], children + body)
        return root.render() + "\n"
    }

    /// A short description listing names, e.g. `3 series: a, b, c`.
    static func list(_ names: [String], noun: String) -> String {
        let shown = names.filter { !$0.isEmpty }
        let count = "\(names.count) \(noun)"
        return shown.isEmpty ? count : count + ": " + shown.joined(separator: ", ")
    }

    /// A stable identifier for `clipPath` and similar references: `nbc-` and the 64-bit FNV-1a
    /// hash of `content` in hex, so two different charts on one page do not collide and the same
    /// chart always gets the same id.
    static func identifier(for content: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in content.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "nbc-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

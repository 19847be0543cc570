/// Constructors for the shapes charts are made of. Text and lines default to `currentColor`
/// so they take the page's text colour in light and dark themes.
extension SVGElement {
    /// Font sizes used across charts.
    enum FontSize {
        static let title = 15.0
        static let label = 12.0
        static let tick = 11.0
    }

    /// Text whose baseline starts (or is anchored) at `x`, `y`.
    static func text(_ content: String, x: Double, y: Double, anchor: SVGValue = "start",
                     size: Double = FontSize.label, rotate: Double? = nil) -> SVGElement {
        var element = SVGElement("text", ["x": .n(x), "y": .n(y), "text-anchor": anchor,
                                          "font-size": .n(size, decimals: 0), "fill": "currentColor"],
                                 text: content)
        if let rotate { element = element.with("transform", .rotate(rotate, x, y)) }
        return element
    }

    /// A straight line in `currentColor`.
    static func line(_ from: Coordinate, _ to: Coordinate, opacity: Double = 1, width: Double = 1) -> SVGElement {
        SVGElement("line", ["x1": .n(from.x), "y1": .n(from.y), "x2": .n(to.x), "y2": .n(to.y),
                            "stroke": "currentColor", "stroke-opacity": .n(opacity),
                            "stroke-width": .n(width)])
    }

    /// A filled rectangle.
    static func rect(x: Double, y: Double, width: Double, height: Double, fill: SVGValue,
                     opacity: Double = 1) -> SVGElement {
        SVGElement("rect", ["x": .n(x), "y": .n(y), "width": .n(max(width, 0)), "height": .n(max(height, 0)),
                            "fill": fill, "fill-opacity": .n(opacity)])
    }

    /// A group of elements.
    static func group(_ children: [SVGElement], _ attributes: KeyValuePairs<String, SVGValue> = [:]) -> SVGElement {
        SVGElement("g", attributes, children)
    }
}

import NotebookRuntime

/// An attribute value: a string, or a number written with fixed decimals.
///
/// Only string *literals* convert implicitly; an interpolated string does not compile here, so
/// numbers cannot slip into markup with the platform's variable-length formatting.
struct SVGValue: Sendable, ExpressibleByStringLiteral {
    let string: String

    init(stringLiteral value: String) { string = value }

    private init(raw: String) { string = raw }

    /// Any string (user text included); it is escaped when rendered.
    static func s(_ value: String) -> SVGValue { SVGValue(raw: value) }

    /// A coordinate or length with two decimals.
    static func n(_ value: Double) -> SVGValue { SVGValue(raw: FixedDecimal.string(value, decimals: 2)) }

    /// A number with the given decimals.
    static func n(_ value: Double, decimals: Int) -> SVGValue {
        SVGValue(raw: FixedDecimal.string(value, decimals: decimals))
    }

    /// A list of points `x,y x,y …` for `points` attributes.
    static func points(_ points: [Coordinate]) -> SVGValue {
        SVGValue(raw: points.map { n($0.x).string + "," + n($0.y).string }.joined(separator: " "))
    }

    /// Path data: `M` to the first point, `L` to the rest, and `Z` when `closed`.
    static func path(_ points: [Coordinate], closed: Bool = false) -> SVGValue {
        var parts: [String] = []
        for (index, point) in points.enumerated() {
            parts.append((index == 0 ? "M" : "L") + n(point.x).string + " " + n(point.y).string)
        }
        if closed { parts.append("Z") }
        return SVGValue(raw: parts.joined(separator: " "))
    }

    /// `translate(x y)`.
    static func translate(_ x: Double, _ y: Double) -> SVGValue {
        SVGValue(raw: "translate(" + n(x).string + " " + n(y).string + ")")
    }

    /// `rotate(degrees x y)`.
    static func rotate(_ degrees: Double, _ x: Double, _ y: Double) -> SVGValue {
        SVGValue(raw: "rotate(" + n(degrees).string + " " + n(x).string + " " + n(y).string + ")")
    }

    /// `url(#id)` for references such as `clip-path`.
    static func url(_ id: String) -> SVGValue { SVGValue(raw: "url(#" + id + ")") }
}

/// A point in SVG user space (pixels before scaling, y downwards).
struct Coordinate: Sendable, Equatable {
    var x: Double
    var y: Double
}

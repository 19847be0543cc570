/// The shape drawn at a data point.
///
/// Shapes differ in more than colour, so that marks stay distinguishable in greyscale and for
/// readers with a colour-vision deficiency.
public enum MarkerShape: Sendable, Equatable, CaseIterable {
    /// A small, translucent dot: background points such as an unlabeled pool.
    case dot
    /// A filled circle with a thin outline in the text colour: ordinary emphasised points.
    case circle
    /// A hollow ring, larger than a circle: points to call out, such as this round's queries.
    case ring
    /// A diagonal cross.
    case cross
    /// A filled square.
    case square
    /// A filled triangle, point up.
    case triangle
    /// A filled diamond.
    case diamond

    /// Shapes given to line-chart series in order.
    static let seriesOrder: [MarkerShape] = [.circle, .square, .triangle, .diamond, .cross]

    /// The shape for series `index`, cycling.
    static func forSeries(_ index: Int) -> MarkerShape { seriesOrder[index % seriesOrder.count] }

    /// The marker centred on `center`, in `color` (a hex colour or `currentColor`).
    func element(at center: Coordinate, color: String) -> SVGElement {
        let (x, y) = (center.x, center.y)
        switch self {
        case .dot:
            return SVGElement("circle", ["cx": .n(x), "cy": .n(y), "r": "2.20", "fill": .s(color), "fill-opacity": "0.55"])
        case .circle:
            return SVGElement("circle", ["cx": .n(x), "cy": .n(y), "r": "4.00", "fill": .s(color),
                                         "stroke": "currentColor", "stroke-width": "0.75", "stroke-opacity": "0.8"])
        case .ring:
            return SVGElement("circle", ["cx": .n(x), "cy": .n(y), "r": "6.50", "fill": "none",
                                         "stroke": .s(color), "stroke-width": "2.25"])
        case .cross:
            let d = 4.0
            let path = SVGValue.path([Coordinate(x: x - d, y: y - d), Coordinate(x: x + d, y: y + d)]).string + " "
                + SVGValue.path([Coordinate(x: x - d, y: y + d), Coordinate(x: x + d, y: y - d)]).string
            return SVGElement("path", ["d": .s(path), "fill": "none", "stroke": .s(color), "stroke-width": "2.00",
                                       "stroke-linecap": "round"])
        case .square:
            return polygon([(-3.6, -3.6), (3.6, -3.6), (3.6, 3.6), (-3.6, 3.6)], center, color)
        case .triangle:
            return polygon([(0, -5), (4.5, 3.5), (-4.5, 3.5)], center, color)
        case .diamond:
            return polygon([(0, -5), (5, 0), (0, 5), (-5, 0)], center, color)
        }
    }

    private func polygon(_ offsets: [(Double, Double)], _ center: Coordinate, _ color: String) -> SVGElement {
        let points = offsets.map { Coordinate(x: center.x + $0.0, y: center.y + $0.1) }
        return SVGElement("polygon", ["points": .points(points), "fill": .s(color),
                                      "stroke": "currentColor", "stroke-width": "0.75", "stroke-opacity": "0.8"])
    }
}

/// A key placed to the right of the plot, one entry per row, in sections separated by a gap.
///
/// Entries with an empty label are left out, so an unnamed single series gets no legend. A
/// label wider than ``maxLabelWidth`` wraps onto up to ``maxLabelLines`` lines.
struct Legend: Sendable {
    /// The sample drawn before an entry's label.
    enum Swatch: Sendable {
        /// A line in `color`, with an optional marker on it and a translucent band behind it.
        case line(color: String, marker: MarkerShape?, band: Bool)
        /// A marker alone.
        case marker(MarkerShape, color: String)
        /// A filled square.
        case block(color: String)
    }

    struct Entry: Sendable {
        var label: String
        var swatch: Swatch
    }

    static let rowHeight = 20.0
    static let sectionGap = 10.0
    static let swatchWidth = 24.0
    static let maxLabelWidth = 150.0
    static let maxLabelLines = 3
    static let lineHeight = 14.0
    static let size = SVGElement.FontSize.label

    let sections: [[Entry]]

    init(sections: [[Entry]]) {
        self.sections = sections.map { $0.filter { !$0.label.isEmpty } }.filter { !$0.isEmpty }
    }

    var isEmpty: Bool { sections.isEmpty }

    /// Width including the gap to the plot; 0 when empty.
    var width: Double {
        guard !isEmpty else { return 0 }
        let labels = sections.joined().flatMap(lines).map { TextMetrics.width($0, size: Legend.size) }
        return 20 + Legend.swatchWidth + 8 + (labels.max() ?? 0) + 8
    }

    /// The legend with its top-left corner at (`x`, `y`); `x` is where the plot ends.
    func render(x: Double, y: Double) -> SVGElement {
        var rows: [SVGElement] = []
        var top = y
        let left = x + 20
        for section in sections {
            for entry in section {
                let middle = top + Legend.rowHeight / 2, lines = lines(entry)
                let texts = lines.enumerated().map { index, line in
                    SVGElement.text(line, x: left + Legend.swatchWidth + 8, y: middle + 4 + Double(index) * Legend.lineHeight,
                                    size: Legend.size)
                }
                rows.append(.group(swatch(entry.swatch, left: left, middle: middle) + texts))
                top += Legend.rowHeight + Double(lines.count - 1) * Legend.lineHeight
            }
            top += Legend.sectionGap
        }
        return .group(rows, ["class": "legend"])
    }

    private func lines(_ entry: Entry) -> [String] {
        TextMetrics.wrapped(entry.label, maxWidth: Legend.maxLabelWidth, size: Legend.size, maxLines: Legend.maxLabelLines)
    }

    private func swatch(_ swatch: Swatch, left: Double, middle: Double) -> [SVGElement] {
        let center = Coordinate(x: left + Legend.swatchWidth / 2, y: middle)
        switch swatch {
        case .line(let color, let marker, let band):
            var parts: [SVGElement] = []
            if band {
                parts.append(.rect(x: left, y: middle - 6, width: Legend.swatchWidth, height: 12,
                                   fill: .s(color), opacity: LineChart.bandOpacity))
            }
            parts.append(SVGElement("line", ["x1": .n(left), "y1": .n(middle), "x2": .n(left + Legend.swatchWidth),
                                             "y2": .n(middle), "stroke": .s(color), "stroke-width": "2.00"]))
            if let marker { parts.append(marker.element(at: center, color: color)) }
            return parts
        case .marker(let shape, let color):
            return [shape.element(at: center, color: color)]
        case .block(let color):
            return [.rect(x: center.x - 6, y: middle - 6, width: 12, height: 12, fill: .s(color))]
        }
    }
}

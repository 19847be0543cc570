/// Numeric axes: grid lines across the plot, tick marks, tick labels and the axis title, all in
/// `currentColor` (grid lines faint).
enum Axis {
    static let tickLength = 4.0
    static let gridOpacity = 0.14

    /// The widest tick label of `ticks`.
    static func labelWidth(_ ticks: Ticks) -> Double {
        ticks.values.map { TextMetrics.width(ticks.label($0), size: SVGElement.FontSize.tick) }.max() ?? 0
    }

    /// The left margin a left axis needs: tick labels plus the rotated title.
    static func leftMargin(_ ticks: Ticks, title: String) -> Double {
        tickLength + 4 + labelWidth(ticks) + (title.isEmpty ? 10 : 30)
    }

    /// The bottom margin a bottom axis needs: tick labels plus the title.
    static func bottomMargin(title: String) -> Double { title.isEmpty ? 28 : 48 }

    /// A vertical axis along the plot's left edge with horizontal grid lines.
    static func left(_ ticks: Ticks, scale: LinearScale, plot: PlotArea, title: String) -> [SVGElement] {
        var grid: [SVGElement] = [], marks: [SVGElement] = []
        for value in ticks.values {
            let y = scale(value)
            grid.append(.line(Coordinate(x: plot.left, y: y), Coordinate(x: plot.right, y: y), opacity: gridOpacity))
            marks.append(.line(Coordinate(x: plot.left - tickLength, y: y), Coordinate(x: plot.left, y: y), opacity: 0.6))
            marks.append(.text(ticks.label(value), x: plot.left - tickLength - 3, y: y + 4, anchor: "end",
                               size: SVGElement.FontSize.tick))
        }
        marks.append(.line(Coordinate(x: plot.left, y: plot.top), Coordinate(x: plot.left, y: plot.bottom), opacity: 0.6))
        if !title.isEmpty {
            let x = plot.left - leftMargin(ticks, title: title) + 16
            marks.append(.text(title, x: x, y: plot.top + plot.height / 2, anchor: "middle", rotate: -90))
        }
        return [.group(grid, ["class": "grid"]), .group(marks, ["class": "axis y"])]
    }

    /// A horizontal axis along the plot's bottom edge with vertical grid lines.
    static func bottom(_ ticks: Ticks, scale: LinearScale, plot: PlotArea, title: String) -> [SVGElement] {
        var grid: [SVGElement] = [], marks: [SVGElement] = []
        for value in ticks.values {
            let x = scale(value)
            grid.append(.line(Coordinate(x: x, y: plot.top), Coordinate(x: x, y: plot.bottom), opacity: gridOpacity))
            marks.append(.line(Coordinate(x: x, y: plot.bottom), Coordinate(x: x, y: plot.bottom + tickLength), opacity: 0.6))
            marks.append(.text(ticks.label(value), x: x, y: plot.bottom + tickLength + 13, anchor: "middle",
                               size: SVGElement.FontSize.tick))
        }
        marks.append(.line(Coordinate(x: plot.left, y: plot.bottom), Coordinate(x: plot.right, y: plot.bottom), opacity: 0.6))
        if !title.isEmpty {
            marks.append(.text(title, x: plot.left + plot.width / 2, y: plot.bottom + 40, anchor: "middle"))
        }
        return [.group(grid, ["class": "grid"]), .group(marks, ["class": "axis x"])]
    }
}

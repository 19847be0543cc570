import NotebookRuntime

extension Heatmap {
    /// Space between neighbouring cells.
    static let cellGap = 2.0
    /// Width of the colour bar.
    static let barWidth = 14.0

    /// Fits square cells into the space left by the labels and the colour bar, centres the
    /// whole figure, and draws cells, labels and the colour bar.
    func render() -> String {
        let rows = values.count, columns = columnLabels.count
        let left = CategoryAxis.labelWidth(rowLabels) + 10 + (rowTitle.isEmpty ? 0 : 24)
        let top = PlotArea.topMargin(title: title)
        let scaleTicks = colorTicks()
        let right = 24 + Heatmap.barWidth + 8 + Axis.labelWidth(scaleTicks) + 12
        let titleRoom = columnTitle.isEmpty ? 8.0 : 32
        func cellSize(bottom: Double) -> Double {
            max(min((width - left - right) / Double(columns), (height - top - bottom) / Double(rows)), 8)
        }
        var cell = cellSize(bottom: CategoryAxis.size + 8 + titleRoom)
        if CategoryAxis.needsRotation(columnLabels, band: cell) {
            cell = cellSize(bottom: CategoryAxis.bottomHeight(columnLabels, band: cell) + titleRoom)
        }
        let gridWidth = cell * Double(columns), gridHeight = cell * Double(rows)
        let x0 = left + max((width - left - right - gridWidth) / 2, 0)
        let y0 = top
        let grid = PlotArea(width: width, height: height, top: y0, right: width - x0 - gridWidth,
                            bottom: height - y0 - gridHeight, left: x0)

        var body = [drawCells(grid: grid, cell: cell)]
        let rowCenters = (0..<rows).map { grid.top + cell * (Double($0) + 0.5) }
        let columnCenters = (0..<columns).map { grid.left + cell * (Double($0) + 0.5) }
        body.append(.group(CategoryAxis.left(rowLabels, centers: rowCenters, x: grid.left - 8), ["class": "axis y"]))
        body.append(.group(CategoryAxis.bottom(columnLabels, centers: columnCenters, y: grid.bottom + 4, band: cell),
                           ["class": "axis x"]))
        if !rowTitle.isEmpty {
            body.append(.text(rowTitle, x: x0 - left + 16, y: grid.top + gridHeight / 2, anchor: "middle", rotate: -90))
        }
        if !columnTitle.isEmpty {
            let labels = CategoryAxis.bottomHeight(columnLabels, band: cell)
            body.append(.text(columnTitle, x: grid.left + gridWidth / 2, y: grid.bottom + labels + 22, anchor: "middle"))
        }
        body.append(drawColorBar(scaleTicks, x: grid.right + 24, top: grid.top, height: gridHeight))
        let summary = "Heatmap of \(rows) rows by \(columns) columns"
            + (rowTitle.isEmpty ? "" : ", rows: " + rowTitle) + (columnTitle.isEmpty ? "" : ", columns: " + columnTitle)
        return ChartDocument.render(width: width, height: height, title: title, summary: summary, body: body)
    }

    /// The colour scale's domain and ticks: `range`, or the data's minimum…maximum. When all
    /// values are equal the domain runs from zero to that value (so all zeros are light and a
    /// constant positive matrix is dark), or 0…1 when they are all zero.
    private func colorTicks() -> Ticks {
        if let range { return Ticks(lower: range.lowerBound, upper: range.upperBound, count: 4, extend: false) }
        let all = values.joined()
        var (lower, upper) = (all.min() ?? 0, all.max() ?? 1)
        if lower == upper { (lower, upper) = (min(lower, 0), max(upper, 0)) }
        if lower == upper { (lower, upper) = (0, 1) }
        return Ticks(lower: lower, upper: upper, count: 4, extend: false)
    }

    /// Position of `value` on the colour scale, 0…1 (clamped).
    private func fraction(_ value: Double, _ ticks: Ticks) -> Double {
        let span = ticks.upper - ticks.lower
        return span > 0 ? min(max((value - ticks.lower) / span, 0), 1) : 0
    }

    private func drawCells(grid: PlotArea, cell: Double) -> SVGElement {
        let ticks = colorTicks()
        let size = min(13, max(cell * 0.32, 7))
        var marks: [SVGElement] = []
        for (row, rowValues) in values.enumerated() {
            for (column, value) in rowValues.enumerated() {
                let color = Palette.sequentialColor(fraction(value, ticks))
                let x = grid.left + cell * Double(column), y = grid.top + cell * Double(row)
                let gap = Heatmap.cellGap / 2
                marks.append(.rect(x: x + gap, y: y + gap, width: cell - 2 * gap, height: cell - 2 * gap,
                                   fill: .s(color.hex))
                    .with("stroke", "currentColor").with("stroke-opacity", "0.15"))
                guard cell >= 16 else { continue }
                marks.append(SVGElement("text", [
                    "x": .n(x + cell / 2), "y": .n(y + cell / 2 + size * 0.36), "text-anchor": "middle",
                    "font-size": .n(size, decimals: 0), "fill": color.prefersDarkText ? "#1A1A1A" : "#FFFFFF",
                ], text: FixedDecimal.display(value, decimals: decimals)))
            }
        }
        return .group(marks, ["class": "cells"])
    }

    /// The id of the colour bar's gradient. It is the same for every heatmap, and so is its
    /// definition, so several heatmaps on one page cannot conflict.
    static let gradientID = "nbc-sequential-blues"

    /// A vertical colour bar, low at the bottom, with tick labels to its right.
    private func drawColorBar(_ ticks: Ticks, x: Double, top: Double, height: Double) -> SVGElement {
        let last = Double(Palette.sequential.count - 1)
        let stops = Palette.sequential.enumerated().map { index, color in
            SVGElement("stop", ["offset": .n(Double(index) / last), "stop-color": .s(color.hex)])
        }
        let gradient = SVGElement("linearGradient", ["id": .s(Heatmap.gradientID), "x1": "0", "y1": "1",
                                                     "x2": "0", "y2": "0"], stops)
        var parts: [SVGElement] = [
            SVGElement("defs", [:], [gradient]),
            .rect(x: x, y: top, width: Heatmap.barWidth, height: height, fill: .url(Heatmap.gradientID))
                .with("stroke", "currentColor").with("stroke-opacity", "0.15"),
        ]
        let scale = LinearScale(ticks, range: top + height, top)
        for value in ticks.values {
            let y = scale(value)
            parts.append(.line(Coordinate(x: x + Heatmap.barWidth, y: y), Coordinate(x: x + Heatmap.barWidth + 4, y: y),
                               opacity: 0.6))
            parts.append(.text(ticks.label(value), x: x + Heatmap.barWidth + 7, y: y + 4, size: SVGElement.FontSize.tick))
        }
        return .group(parts, ["class": "color-scale"])
    }
}

extension LineChart {
    /// Lays out axes, legend and plot, then draws bands under lines under markers, series by
    /// series, clipped to the plot (plus room for half a marker) so a fixed `yRange` cuts off
    /// what lies outside it. The x axis spans the data with 3% padding on each side; the
    /// reference label sits at the left end, where learning curves are usually low.
    func render() -> String {
        let legend = Legend(sections: [series.enumerated().map { index, line in
            Legend.Entry(label: line.name, swatch: .line(color: Palette.color(index),
                                                         marker: MarkerShape.forSeries(index),
                                                         band: line.spread != nil))
        }])
        let top = PlotArea.topMargin(title: title)
        let bottom = Axis.bottomMargin(title: xLabel)
        let yTicks = makeYTicks(plotHeight: height - top - bottom)
        let plot = PlotArea(width: width, height: height, top: top, right: max(legend.width, 20),
                            bottom: bottom, left: Axis.leftMargin(yTicks, title: yLabel))
        let xs = series.flatMap(\.x)
        let (xMin, xMax) = (xs.min() ?? 0, xs.max() ?? 1)
        let xPad = (xMax - xMin) * 0.03
        let xTicks = Ticks(lower: xMin - xPad, upper: xMax + xPad,
                           count: max(2, Int(plot.width / 80)), extend: xMin == xMax)
        let xScale = LinearScale(xTicks, range: plot.left, plot.right)
        let yScale = LinearScale(yTicks, range: plot.bottom, plot.top)

        var body = Axis.left(yTicks, scale: yScale, plot: plot, title: yLabel)
            + Axis.bottom(xTicks, scale: xScale, plot: plot, title: xLabel)
        let data = SVGElement.group(series.enumerated().map { index, line in
            draw(line, index: index, x: xScale, y: yScale)
        }, ["class": "data"])
        let clipRect = SVGElement.rect(x: plot.left - 8, y: plot.top - 8, width: plot.width + 16,
                                       height: plot.height + 16, fill: "#000000")
        let clip = ChartDocument.identifier(for: clipRect.render() + data.render())
        body.append(SVGElement("defs", [:], [SVGElement("clipPath", ["id": .s(clip)], [clipRect])]))
        body.append(data.with("clip-path", .url(clip)))
        if let reference, reference.y >= yTicks.lower, reference.y <= yTicks.upper {
            body.append(drawReference(reference, y: yScale(reference.y), plot: plot))
        }
        if !legend.isEmpty { body.append(legend.render(x: plot.right, y: plot.top)) }
        return ChartDocument.render(width: width, height: height, title: title,
                                    summary: "Line chart of " + ChartDocument.list(series.map(\.name), noun: "series"),
                                    body: body)
    }

    /// y ticks: the fixed range as given, or the data range (with bands and reference) widened
    /// to nice values.
    private func makeYTicks(plotHeight: Double) -> Ticks {
        let count = max(2, Int(plotHeight / 50))
        if let yRange {
            return Ticks(lower: yRange.lowerBound, upper: yRange.upperBound, count: count, extend: false)
        }
        var values: [Double] = reference.map { [$0.y] } ?? []
        for line in series {
            let spread = line.spread ?? Array(repeating: 0, count: line.y.count)
            values += zip(line.y, spread).flatMap { [$0 - $1, $0 + $1] }
        }
        return Ticks(lower: values.min() ?? 0, upper: values.max() ?? 1, count: count, extend: true)
    }

    private func draw(_ line: Series, index: Int, x: LinearScale, y: LinearScale) -> SVGElement {
        let color = Palette.color(index)
        let points = zip(line.x, line.y).map { Coordinate(x: x($0), y: y($1)) }
        var parts: [SVGElement] = []
        if let spread = line.spread {
            let upper = zip(zip(line.x, line.y), spread).map { Coordinate(x: x($0.0), y: y($0.1 + $1)) }
            let lower = zip(zip(line.x, line.y), spread).map { Coordinate(x: x($0.0), y: y($0.1 - $1)) }
            parts.append(SVGElement("path", ["d": .path(upper + lower.reversed(), closed: true),
                                             "fill": .s(color), "fill-opacity": .n(LineChart.bandOpacity),
                                             "stroke": "none"]))
        }
        parts.append(SVGElement("path", ["d": .path(points), "fill": "none", "stroke": .s(color),
                                         "stroke-width": "2.25", "stroke-linejoin": "round",
                                         "stroke-linecap": "round"]))
        if points.count <= LineChart.markerLimit {
            let shape = MarkerShape.forSeries(index)
            parts += points.map { shape.element(at: $0, color: color) }
        }
        return .group(parts, ["class": "series", "aria-label": .s(line.name)])
    }

    private func drawReference(_ reference: ReferenceLine, y: Double, plot: PlotArea) -> SVGElement {
        .group([
            SVGElement.line(Coordinate(x: plot.left, y: y), Coordinate(x: plot.right, y: y), opacity: 0.7, width: 1.25)
                .with("stroke-dasharray", "6 4"),
            .text(reference.label, x: plot.left + 6, y: y - 5, size: SVGElement.FontSize.tick),
        ], ["class": "reference"])
    }
}

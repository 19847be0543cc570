extension ScatterChart {
    /// Lays out nice axes around the points, draws them role by role (later roles on top) in
    /// their group's colour, and puts the legend to the right.
    func render() -> String {
        let legend = Legend(sections: [
            groups.enumerated().map { Legend.Entry(label: $1, swatch: .block(color: Palette.color($0))) },
            roles.map { Legend.Entry(label: $0.name, swatch: .marker($0.marker, color: "currentColor")) },
        ])
        let top = PlotArea.topMargin(title: title)
        let bottom = Axis.bottomMargin(title: xLabel)
        let ys = points.map(\.y), xs = points.map(\.x)
        let yTicks = Ticks(lower: ys.min() ?? 0, upper: ys.max() ?? 1,
                           count: max(2, Int((height - top - bottom) / 50)))
        let plot = PlotArea(width: width, height: height, top: top, right: max(legend.width, 20),
                            bottom: bottom, left: Axis.leftMargin(yTicks, title: yLabel))
        let xTicks = Ticks(lower: xs.min() ?? 0, upper: xs.max() ?? 1, count: max(2, Int(plot.width / 80)))
        let xScale = LinearScale(xTicks, range: plot.left, plot.right)
        let yScale = LinearScale(yTicks, range: plot.bottom, plot.top)

        var body = Axis.left(yTicks, scale: yScale, plot: plot, title: yLabel)
            + Axis.bottom(xTicks, scale: xScale, plot: plot, title: xLabel)
        for (roleIndex, role) in roles.enumerated() {
            let marks = points.filter { $0.role == roleIndex }.map { point in
                role.marker.element(at: Coordinate(x: xScale(point.x), y: yScale(point.y)),
                                    color: Palette.color(point.group))
            }
            if !marks.isEmpty { body.append(.group(marks, ["class": "points", "aria-label": .s(role.name)])) }
        }
        if !legend.isEmpty { body.append(legend.render(x: plot.right, y: plot.top)) }
        let summary = "Scatter chart of \(points.count) points in "
            + ChartDocument.list(groups, noun: groups.count == 1 ? "group" : "groups")
        return ChartDocument.render(width: width, height: height, title: title, summary: summary, body: body)
    }
}

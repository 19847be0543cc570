import NotebookRuntime

extension BarChart {
    /// The fraction of each category's band a bar fills.
    static let barFraction = 0.62

    /// Lays out the value axis (always including zero) and the category axis for the
    /// orientation, then draws bars, error bars, the zero line and value labels.
    func render() -> String {
        let top = PlotArea.topMargin(title: title)
        let vertical = orientation == .vertical
        let plot: PlotArea
        let ticks: Ticks
        var body: [SVGElement]
        let names = bars.map(\.label)
        if vertical {
            ticks = valueTicks(count: max(2, Int((height - top - 60) / 50)))
            let left = Axis.leftMargin(ticks, title: valueLabel)
            let band = (width - left - 20) / Double(bars.count)
            let bottom = CategoryAxis.bottomHeight(names, band: band) + 12 + (categoryLabel.isEmpty ? 0 : 24)
            plot = PlotArea(width: width, height: height, top: top, right: 20, bottom: bottom, left: left)
            let scale = LinearScale(ticks, range: plot.bottom, plot.top)
            body = Axis.left(ticks, scale: scale, plot: plot, title: valueLabel)
            body.append(.group(CategoryAxis.bottom(names, centers: centers(plot.left, plot.width),
                                                   y: plot.bottom + 6, band: band), ["class": "axis x"]))
            if !categoryLabel.isEmpty {
                body.append(.text(categoryLabel, x: plot.left + plot.width / 2, y: height - 10, anchor: "middle"))
            }
            body += drawBars(plot: plot, scale: scale)
        } else {
            let titleRoom = categoryLabel.isEmpty ? 0.0 : 24
            let left = CategoryAxis.labelWidth(names) + 16 + titleRoom
            plot = PlotArea(width: width, height: height, top: top, right: 28,
                            bottom: Axis.bottomMargin(title: valueLabel), left: left)
            ticks = valueTicks(count: max(2, Int(plot.width / 80)))
            let scale = LinearScale(ticks, range: plot.left, plot.right)
            body = Axis.bottom(ticks, scale: scale, plot: plot, title: valueLabel)
            body.append(.group(CategoryAxis.left(names, centers: centers(plot.top, plot.height), x: plot.left - 8),
                               ["class": "axis y"]))
            if !categoryLabel.isEmpty {
                body.append(.text(categoryLabel, x: 18, y: plot.top + plot.height / 2, anchor: "middle", rotate: -90))
            }
            body += drawBars(plot: plot, scale: scale)
        }
        return ChartDocument.render(width: width, height: height, title: title,
                                    summary: "Bar chart of " + ChartDocument.list(names, noun: bars.count == 1 ? "bar" : "bars"),
                                    body: body)
    }

    /// Value ticks over the bars, their intervals and zero, padded by 10% of the span on each
    /// side with data so that printed values fit, then widened to nice ends.
    private func valueTicks(count: Int) -> Ticks {
        var values = [0.0]
        for bar in bars { values += [bar.value] + (bar.interval.map { [$0.lower, $0.upper] } ?? []) }
        var (lower, upper) = (values.min() ?? 0, values.max() ?? 1)
        let pad = valueDecimals == nil ? 0.02 * (upper - lower) : 0.1 * (upper - lower)
        if lower < 0 { lower -= pad }
        if upper > 0 { upper += pad }
        return Ticks(lower: lower, upper: upper, count: count)
    }

    /// Band centres along an axis starting at `start` of length `length`.
    private func centers(_ start: Double, _ length: Double) -> [Double] {
        let band = length / Double(bars.count)
        return bars.indices.map { start + band * (Double($0) + 0.5) }
    }

    private func drawBars(plot: PlotArea, scale: LinearScale) -> [SVGElement] {
        let vertical = orientation == .vertical
        let length = vertical ? plot.width : plot.height
        let band = length / Double(bars.count)
        let thickness = band * BarChart.barFraction
        let zero = scale(0)
        var marks: [SVGElement] = []
        for (bar, center) in zip(bars, centers(vertical ? plot.left : plot.top, length)) {
            let end = scale(bar.value)
            let color = SVGValue.s(bar.value < 0 ? Palette.negative : Palette.positive)
            marks.append(vertical
                ? .rect(x: center - thickness / 2, y: min(zero, end), width: thickness, height: abs(end - zero), fill: color)
                : .rect(x: min(zero, end), y: center - thickness / 2, width: abs(end - zero), height: thickness, fill: color))
            var outer = end
            if let interval = bar.interval {
                marks += errorBar(from: scale(interval.lower), to: scale(interval.upper), at: center,
                                  cap: min(thickness * 0.4, 12))
                outer = bar.value < 0 ? scale(interval.lower) : scale(interval.upper)
                outer = vertical ? (bar.value < 0 ? max(outer, end) : min(outer, end))
                                 : (bar.value < 0 ? min(outer, end) : max(outer, end))
            }
            if let valueDecimals {
                marks.append(valueText(FixedDecimal.display(bar.value, decimals: valueDecimals),
                                       at: outer, center: center, negative: bar.value < 0))
            }
        }
        let zeroLine: SVGElement = vertical
            ? .line(Coordinate(x: plot.left, y: zero), Coordinate(x: plot.right, y: zero), opacity: 0.85, width: 1.25)
            : .line(Coordinate(x: zero, y: plot.top), Coordinate(x: zero, y: plot.bottom), opacity: 0.85, width: 1.25)
        return [.group(marks + [zeroLine], ["class": "bars"])]
    }

    /// An error bar along the value axis between pixel positions `from` and `to`, with caps.
    private func errorBar(from: Double, to: Double, at center: Double, cap: Double) -> [SVGElement] {
        let point: (Double, Double) -> Coordinate = orientation == .vertical
            ? { Coordinate(x: $1, y: $0) } : { Coordinate(x: $0, y: $1) }
        return [
            .line(point(from, center), point(to, center), opacity: 0.9, width: 1.5),
            .line(point(from, center - cap / 2), point(from, center + cap / 2), opacity: 0.9, width: 1.5),
            .line(point(to, center - cap / 2), point(to, center + cap / 2), opacity: 0.9, width: 1.5),
        ]
    }

    /// A printed value just beyond the outer end of a bar (or its error bar).
    private func valueText(_ text: String, at outer: Double, center: Double, negative: Bool) -> SVGElement {
        let size = SVGElement.FontSize.tick
        if orientation == .vertical {
            return .text(text, x: center, y: negative ? outer + size + 3 : outer - 5, anchor: "middle", size: size)
        }
        return .text(text, x: negative ? outer - 5 : outer + 5, y: center + 4,
                     anchor: negative ? "end" : "start", size: size)
    }
}

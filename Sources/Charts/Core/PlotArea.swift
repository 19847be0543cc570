/// The rectangle data is drawn in, inside the chart's margins.
struct PlotArea: Sendable {
    let x: Double
    let y: Double
    let width: Double
    let height: Double

    /// The area left inside a `width` × `height` chart after the given margins (never negative).
    init(width: Double, height: Double, top: Double, right: Double, bottom: Double, left: Double) {
        x = left
        y = top
        self.width = max(width - left - right, 10)
        self.height = max(height - top - bottom, 10)
    }

    var left: Double { x }
    var right: Double { x + width }
    var top: Double { y }
    var bottom: Double { y + height }

    /// Margin above the plot: room for the title, if any.
    static func topMargin(title: String) -> Double { title.isEmpty ? 14 : 40 }
}

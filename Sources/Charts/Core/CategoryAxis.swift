/// Axes of named categories (bars, heatmap rows and columns): one label per band.
enum CategoryAxis {
    static let size = SVGElement.FontSize.label
    /// Labels are rotated by this angle when they do not fit side by side.
    static let rotation = -40.0
    /// The longest label shown before it is shortened with an ellipsis.
    static let maxLabelWidth = 140.0

    /// The widest label, after shortening.
    static func labelWidth(_ labels: [String]) -> Double {
        labels.map { TextMetrics.width(shortened($0), size: size) }.max() ?? 0
    }

    static func shortened(_ label: String) -> String {
        TextMetrics.truncated(label, maxWidth: maxLabelWidth, size: size)
    }

    /// Whether labels under bands `band` pixels wide must be rotated to avoid overlapping.
    static func needsRotation(_ labels: [String], band: Double) -> Bool {
        labelWidth(labels) > band - 4
    }

    /// The height bottom labels take, rotated or not.
    static func bottomHeight(_ labels: [String], band: Double) -> Double {
        needsRotation(labels, band: band) ? labelWidth(labels) * 0.65 + size + 6 : size + 8
    }

    /// Right-aligned labels ending at `x`, centred on each `centers` value.
    static func left(_ labels: [String], centers: [Double], x: Double) -> [SVGElement] {
        zip(labels, centers).map { label, y in
            .text(shortened(label), x: x, y: y + 4, anchor: "end", size: size)
        }
    }

    /// Labels under the bands centred on `centers`, starting at `y`; rotated if they would
    /// overlap.
    static func bottom(_ labels: [String], centers: [Double], y: Double, band: Double) -> [SVGElement] {
        let rotate = needsRotation(labels, band: band)
        return zip(labels, centers).map { label, x in
            rotate
                ? .text(shortened(label), x: x + 4, y: y + size, anchor: "end", size: size, rotate: rotation)
                : .text(shortened(label), x: x, y: y + size, anchor: "middle", size: size)
        }
    }
}

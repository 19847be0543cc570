import NotebookRuntime

extension ImageGrid {
    /// Row titles on the left, column titles above, one framed image per cell with a gap of
    /// `gap` points; each non-zero pixel is a grey square, `255 · (1 − value / maxValue)`.
    func render() -> String {
        let gap = 14.0
        let imageWidth = Double(pixelsWide) * pixelSize, imageHeight = Double(pixelsHigh) * pixelSize
        let left = CategoryAxis.labelWidth(rows.map(\.title)) + 16
        let top = (title.isEmpty ? 0 : PlotArea.topMargin(title: title)) + 20
        let stepX = imageWidth + gap, stepY = imageHeight + gap
        let width = left + stepX * Double(columnTitles.count)
        let height = top + stepY * Double(rows.count)
        var body: [SVGElement] = columnTitles.enumerated().map { c, text in
            .text(text, x: left + stepX * Double(c) + imageWidth / 2, y: top - 6, anchor: "middle")
        }
        for (r, row) in rows.enumerated() {
            let y = top + stepY * Double(r)
            body.append(.text(row.title, x: 0, y: y + imageHeight / 2 + 4))
            for (c, image) in row.images.enumerated() {
                body.append(drawImage(image, x: left + stepX * Double(c), y: y))
            }
        }
        let summary = "\(rows.count) rows of \(columnTitles.count) images, \(pixelsWide) × \(pixelsHigh) pixels"
        return ChartDocument.render(width: width, height: height, title: title, summary: summary, body: body)
    }

    private func drawImage(_ pixels: [Double], x: Double, y: Double) -> SVGElement {
        var marks: [SVGElement] = [
            .rect(x: x - 1, y: y - 1, width: Double(pixelsWide) * pixelSize + 2, height: Double(pixelsHigh) * pixelSize + 2,
                  fill: "none").with("stroke", "currentColor").with("stroke-opacity", "0.4"),
        ]
        for (i, value) in pixels.enumerated() where value > 0 {
            let grey = 255 - Int((min(value, maxValue) / maxValue * 255).rounded())
            let hex = RGB(grey, grey, grey).hex
            marks.append(.rect(x: x + Double(i % pixelsWide) * pixelSize, y: y + Double(i / pixelsWide) * pixelSize,
                               width: pixelSize, height: pixelSize, fill: .s(hex)))
        }
        return .group(marks, ["class": "image"])
    }
}

import NotebookRuntime

/// Small grey-level images in a grid: one row per title (e.g. "original", "shift ≤ 1 px"), one
/// column per column title, each image drawn as `pixelsWide × pixelsHigh` squares, 0 white and
/// `maxValue` black (values are clamped to 0…`maxValue`).
///
/// ```swift
/// try ImageGrid(columnTitles: ["label 0", "label 2"],
///               rows: [.init(title: "original", images: [zeroPixels, twoPixels])],
///               pixelsWide: 8, pixelsHigh: 8, maxValue: 16)
/// ```
///
/// Invalid input throws `ChartError` from the initializer: no rows or columns, a row with a
/// different number of images than columns, an image with the wrong number of pixels, a
/// non-finite pixel.
public struct ImageGrid: NotebookDisplayable, Sendable, Equatable {
    /// One row of images with its title.
    public struct Row: Sendable, Equatable {
        public let title: String
        /// One image per column, row-major pixels.
        public let images: [[Double]]

        public init(title: String, images: [[Double]]) {
            self.title = title
            self.images = images
        }
    }

    public let title: String
    public let columnTitles: [String]
    public let rows: [Row]
    public let pixelsWide: Int
    public let pixelsHigh: Int
    /// The value drawn black.
    public let maxValue: Double
    /// The side of one pixel's square.
    public let pixelSize: Double

    /// An image grid, validated.
    /// - Throws: `ChartError` naming the first invalid row or image.
    public init(title: String = "", columnTitles: [String], rows: [Row], pixelsWide: Int, pixelsHigh: Int,
                maxValue: Double = 1, pixelSize: Double = 5) throws {
        let check = Validator(chart: "ImageGrid")
        try check.nonEmpty(rows.count, "no rows")
        try check.nonEmpty(columnTitles.count, "no columns")
        try check.nonEmpty(pixelsWide * pixelsHigh, "images without pixels")
        try check.finite([maxValue, pixelSize], "maxValue and pixelSize")
        guard maxValue > 0, pixelSize > 0 else {
            throw ChartError.invalidValue(chart: "ImageGrid", field: "maxValue and pixelSize", reason: "must be positive")
        }
        for (r, row) in rows.enumerated() {
            try check.count(row.images.count, equals: columnTitles.count, "rows[\(r)].images")
            for (c, image) in row.images.enumerated() {
                try check.count(image.count, equals: pixelsWide * pixelsHigh, "rows[\(r)].images[\(c)] pixels")
                try check.finite(image, "rows[\(r)].images[\(c)]")
            }
        }
        self.title = title
        self.columnTitles = columnTitles
        self.rows = rows
        self.pixelsWide = pixelsWide
        self.pixelsHigh = pixelsHigh
        self.maxValue = maxValue
        self.pixelSize = pixelSize
    }

    /// The chart as a standalone SVG document.
    public var svg: String { render() }

    public var displayOutputs: [DisplayOutput] { [.svg(svg)] }
}

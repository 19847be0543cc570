import Foundation

/// The pixel geometry of row-major grey-level images (8x8 for the digits), with the sampling
/// the image augmentations share: bilinear interpolation, zero outside the image.
struct ImageGrid: Sendable, Equatable {
    let width: Int
    let height: Int

    func check(_ name: String, columns: Int) throws(AugmentationError) {
        try requireParameter(width >= 1 && height >= 1, name, "image size", "\(width)x\(height)", "at least 1x1")
        guard columns == width * height else {
            throw .imageSizeMismatch(augmentation: name, width: width, height: height, columns: columns)
        }
    }

    /// The image resampled through `source(x, y) -> (sx, sy)`, the source coordinates of each
    /// output pixel, by bilinear interpolation (pixels outside the image count as 0).
    func resample(_ pixels: ArraySlice<Double>, _ source: (Double, Double) -> (Double, Double)) -> [Double] {
        let base = pixels.startIndex
        func at(_ x: Int, _ y: Int) -> Double {
            x >= 0 && x < width && y >= 0 && y < height ? pixels[base + y * width + x] : 0
        }
        var out = [Double](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                let (sx, sy) = source(Double(x), Double(y))
                let x0 = Int(floor(sx)), y0 = Int(floor(sy))
                let fx = sx - Double(x0), fy = sy - Double(y0)
                out[y * width + x] = (1 - fx) * (1 - fy) * at(x0, y0) + fx * (1 - fy) * at(x0 + 1, y0)
                    + (1 - fx) * fy * at(x0, y0 + 1) + fx * fy * at(x0 + 1, y0 + 1)
            }
        }
        return out
    }
}

import Foundation
import LinearAlgebra

/// Small translations of images: each copy moves the image by `(dx, dy)`, both drawn uniformly
/// from `-maxPixels...maxPixels`, filling with 0. A digit shifted by a pixel is the same digit —
/// but the bundled digits are already centred, and on 8x8 one pixel is 12% of the width, so
/// shifted copies lie off the test distribution: measured on the bundled digits they hurt
/// logistic regression with few labels and are about neutral for 1-nearest-neighbour
/// (measure, do not assume; lesson 05 shows the numbers).
public struct ImageShift: Augmentation {
    public var maxPixels: Int
    public var width: Int, height: Int
    public var copies: Int

    public init(maxPixels: Int = 1, width: Int = 8, height: Int = 8, copies: Int = 1) {
        (self.maxPixels, self.width, self.height, self.copies) = (maxPixels, width, height, copies)
    }

    public var name: String { "shift ≤ \(maxPixels) px" }

    public func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int]) {
        try checkAugmentation(name, features, labels, copies: copies)
        try requireParameter(maxPixels >= 0, name, "maxPixels", maxPixels, "at least 0")
        let grid = ImageGrid(width: width, height: height)
        try grid.check(name, columns: features.columns)
        return perRow(features, labels, copies: copies, using: &generator) { r, g in
            let pixels = features.row(r)
            let dx = Double(g.nextInt(below: 2 * maxPixels + 1) - maxPixels)
            let dy = Double(g.nextInt(below: 2 * maxPixels + 1) - maxPixels)
            return grid.resample(pixels) { x, y in (x - dx, y - dy) }
        }
    }
}

/// Small rotations of images about their centre: each copy turns by an angle drawn uniformly
/// from `-maxDegrees...maxDegrees`, resampled bilinearly, 0 outside.
public struct ImageRotation: Augmentation {
    public var maxDegrees: Double
    public var width: Int, height: Int
    public var copies: Int

    public init(maxDegrees: Double = 15, width: Int = 8, height: Int = 8, copies: Int = 1) {
        (self.maxDegrees, self.width, self.height, self.copies) = (maxDegrees, width, height, copies)
    }

    public var name: String { "rotation ≤ \(formatParameter(maxDegrees))°" }

    public func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int]) {
        try checkAugmentation(name, features, labels, copies: copies)
        try requireParameter(maxDegrees >= 0 && maxDegrees <= 180, name, "maxDegrees", maxDegrees, "in [0, 180]")
        let grid = ImageGrid(width: width, height: height)
        try grid.check(name, columns: features.columns)
        let cx = Double(width - 1) / 2, cy = Double(height - 1) / 2
        return perRow(features, labels, copies: copies, using: &generator) { r, g in
            let pixels = features.row(r)
            let angle = (2 * g.nextUnit() - 1) * maxDegrees * Double.pi / 180
            let (c, s) = (Math.cos(angle), Math.sin(angle))
            // Inverse mapping: the source of output (x, y) is (x, y) rotated by -angle.
            return grid.resample(pixels) { x, y in
                (cx + c * (x - cx) + s * (y - cy), cy - s * (x - cx) + c * (y - cy))
            }
        }
    }
}

/// Horizontal flip (mirror image) — a documented **counter-example** for digits: a mirrored
/// 2, 3, 5, 7 or 9 is not that digit any more (a classifier reads a mirrored 3 as an 8, a
/// mirrored 2 most often as a 3), so adding flips teaches the model wrong pairs; only the
/// nearly mirror-symmetric 0 and 8 mostly survive (a slanted 1 often does not).
/// Kept so a lesson can show that an augmentation must preserve the label.
public struct HorizontalFlip: Augmentation {
    public var width: Int, height: Int

    public init(width: Int = 8, height: Int = 8) { (self.width, self.height) = (width, height) }

    public var name: String { "horizontal flip (label-changing!)" }

    public func augment(_ features: Matrix, labels: [Int], using generator: inout SeededGenerator) throws -> (features: Matrix, labels: [Int]) {
        try checkAugmentation(name, features, labels, copies: 1)
        let grid = ImageGrid(width: width, height: height)
        try grid.check(name, columns: features.columns)
        return perRow(features, labels, copies: 1, using: &generator) { r, _ in
            let pixels = features.row(r)
            return grid.resample(pixels) { x, y in (Double(width - 1) - x, y) }
        }
    }
}

/// An sRGB colour with 8-bit channels.
struct RGB: Sendable, Equatable {
    var red: Double
    var green: Double
    var blue: Double

    init(_ red: Int, _ green: Int, _ blue: Int) {
        self.red = Double(red)
        self.green = Double(green)
        self.blue = Double(blue)
    }

    /// Linear interpolation (1 − t)·self + t·other, channel by channel.
    func mixed(with other: RGB, by t: Double) -> RGB {
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        return RGB(mix(red, other.red), mix(green, other.green), mix(blue, other.blue))
    }

    /// `#RRGGBB`.
    var hex: String {
        let digits = Array("0123456789ABCDEF")
        var out = "#"
        for channel in [red, green, blue] {
            let value = min(max(Int(channel), 0), 255)
            out.append(digits[value / 16])
            out.append(digits[value % 16])
        }
        return out
    }

    /// Whether dark text reads better than white on this colour: the Rec. 709 luma
    /// 0.2126 R + 0.7152 G + 0.0722 B (of the 8-bit channels) is above the midpoint.
    var prefersDarkText: Bool {
        0.2126 * red + 0.7152 * green + 0.0722 * blue > 150
    }
}

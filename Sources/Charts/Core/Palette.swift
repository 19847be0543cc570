/// Colours for data, chosen to be told apart with the common colour-vision deficiencies and to
/// stay readable on both light and dark page backgrounds.
///
/// The series colours are the Okabe–Ito palette (Okabe & Ito, 2008) without its black (which
/// vanishes on a dark page), with yellow last because it is faint on white. Axes, text and
/// neutral marks use `currentColor`, so they follow the page's text colour.
public enum Palette {
    /// Series colours in order of use.
    public static let series: [String] = [
        "#0072B2", // blue
        "#E69F00", // orange
        "#009E73", // bluish green
        "#D55E00", // vermillion
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#F0E442", // yellow
    ]

    /// The colour of series `index`, cycling through `series`.
    public static func color(_ index: Int) -> String {
        series[((index % series.count) + series.count) % series.count]
    }

    /// Colour for bars above a baseline.
    static let positive = series[0]
    /// Colour for bars below a baseline.
    static let negative = series[3]

    /// The sequential scale for heatmaps: ColorBrewer "Blues" (9 classes), light to dark.
    static let sequential: [RGB] = [
        RGB(0xF7, 0xFB, 0xFF), RGB(0xDE, 0xEB, 0xF7), RGB(0xC6, 0xDB, 0xEF),
        RGB(0x9E, 0xCA, 0xE1), RGB(0x6B, 0xAE, 0xD6), RGB(0x42, 0x92, 0xC6),
        RGB(0x21, 0x71, 0xB5), RGB(0x08, 0x51, 0x9C), RGB(0x08, 0x30, 0x6B),
    ]

    /// The sequential colour at `t` in 0...1, interpolated linearly between the classes.
    static func sequentialColor(_ t: Double) -> RGB {
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(sequential.count - 1)
        let index = min(Int(position), sequential.count - 2)
        return sequential[index].mixed(with: sequential[index + 1], by: position - Double(index))
    }
}

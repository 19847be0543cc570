/// A model or training variant in a grid (`Study.compare(variants:strategies:)`): a model with
/// the name its table row shows and a short name for chart labels.
///
/// ```swift
/// let rotation = Variant("rotation ≤ 15°", short: "rotation", model: base.augmented(ImageRotation(maxDegrees: 15)))
/// ```
///
/// A variant is identified by its names (a `Model` wraps any classifier and cannot be compared),
/// so the variants of one grid must have distinct names; `compare(variants:strategies:)` throws
/// otherwise. Look results up with the same value: `try grid.cell(rotation, .margin)`.
public struct Variant: Sendable, Hashable, CustomStringConvertible {
    /// The name in tables ("rotation ≤ 15°").
    public let name: String
    /// The name in chart labels ("rotation"); `name` unless given.
    public let shortName: String
    /// The model the study refits every round.
    public let model: Model

    public init(_ name: String, short: String? = nil, model: Model) {
        self.name = name
        self.shortName = short ?? name
        self.model = model
    }

    public var description: String { name }

    public static func == (lhs: Variant, rhs: Variant) -> Bool { lhs.name == rhs.name && lhs.shortName == rhs.shortName }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(shortName)
    }
}

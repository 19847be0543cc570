/// One rich output of a cell: a MIME type and its data, as in Jupyter's display protocol.
public struct DisplayOutput: Equatable, Sendable {
    /// The MIME types the runner understands.
    public enum MIME: String, Sendable, CaseIterable, Codable {
        case plain = "text/plain"
        case html = "text/html"
        case svg = "image/svg+xml"
    }

    public var mime: MIME
    /// The payload. For `.html` and `.svg` it is markup the producer has already escaped
    /// (with `Escape`); for `.plain` it is raw text that the renderer escapes.
    public var data: String

    public init(mime: MIME, data: String) {
        self.mime = mime
        self.data = data
    }

    public static func plain(_ text: String) -> DisplayOutput { DisplayOutput(mime: .plain, data: text) }
    public static func html(_ markup: String) -> DisplayOutput { DisplayOutput(mime: .html, data: markup) }
    public static func svg(_ markup: String) -> DisplayOutput { DisplayOutput(mime: .svg, data: markup) }
}

/// A type that shows itself richly under a notebook cell: a table as HTML, a chart as SVG.
///
/// Adopt it by listing the outputs, in order. The last bare expression of a cell, and any
/// value passed to `display(_:)`, is shown through it; other values are shown as text.
///
/// ```swift
/// struct Greeting: NotebookDisplayable {
///     var name: String
///     var displayOutputs: [DisplayOutput] {
///         [.html("<p>Hello, <b>\(Escape.text(name))</b></p>")]
///     }
/// }
/// ```
public protocol NotebookDisplayable {
    /// The outputs shown for this value, in order. Keep them deterministic: fixed decimals,
    /// stable order, no timestamps.
    var displayOutputs: [DisplayOutput] { get }
}

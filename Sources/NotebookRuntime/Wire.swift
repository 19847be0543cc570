/// The in-band protocol between a running lesson program and the runner.
///
/// The program writes markers into its own stdout and stderr so the runner can attribute every
/// byte to the cell that printed it, in order, without a side channel that could reorder.
/// A marker is one line: `RS "NB" SP nonce SP kind (SP argument)* LF`, where RS is U+001E and
/// the nonce is a random token the runner passes in the environment, so that user output
/// cannot forge a marker by accident. A display payload follows its marker as exactly `length`
/// bytes of UTF-8.
public enum Wire {
    /// Environment variable that carries the nonce. Without it the program is not under the
    /// runner and displays fall back to plain text on stdout.
    public static let nonceVariable = "NOTEBOOK_NONCE"
    /// The record separator that opens every marker line.
    public static let recordSeparator: UInt8 = 0x1E
    /// The marker prefix after the record separator.
    public static let tag = "NB"

    /// What a marker says.
    public enum Marker: Equatable, Sendable {
        /// Cell `index` (0-based, in program order) begins.
        case begin(cell: Int)
        /// A display payload of `length` bytes follows on stdout.
        case display(mime: DisplayOutput.MIME, length: Int)
        /// An expected-error cell ran in a forked child; `status` is the raw `waitpid` status.
        case forked(cell: Int, status: Int32)
        /// Inline expression `index` (0-based, in document order) is being evaluated.
        case inline(index: Int)
        /// Inline expression `index`'s value follows on stdout as `length` bytes of text.
        case value(index: Int, length: Int)
        /// The program reached its end.
        case done

        /// The marker's text, without the leading record separator and trailing newline.
        public func encoded(nonce: String) -> String {
            switch self {
            case .begin(let cell): return "\(Wire.tag) \(nonce) begin \(cell)"
            case .display(let mime, let length): return "\(Wire.tag) \(nonce) display \(mime.rawValue) \(length)"
            case .forked(let cell, let status): return "\(Wire.tag) \(nonce) forked \(cell) \(status)"
            case .inline(let index): return "\(Wire.tag) \(nonce) inline \(index)"
            case .value(let index, let length): return "\(Wire.tag) \(nonce) value \(index) \(length)"
            case .done: return "\(Wire.tag) \(nonce) done"
            }
        }

        /// Parses a marker line (without the record separator and newline); `nil` when it is
        /// not a marker for this nonce.
        public static func decode(_ line: Substring, nonce: String) -> Marker? {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[0] == Wire.tag, parts[1] == nonce else { return nil }
            switch (parts[2], parts.count) {
            case ("begin", 4): return Int(parts[3]).map { .begin(cell: $0) }
            case ("display", 5):
                guard let mime = DisplayOutput.MIME(rawValue: String(parts[3])), let length = Int(parts[4]) else { return nil }
                return .display(mime: mime, length: length)
            case ("forked", 5):
                guard let cell = Int(parts[3]), let status = Int32(parts[4]) else { return nil }
                return .forked(cell: cell, status: status)
            case ("inline", 4): return Int(parts[3]).map { .inline(index: $0) }
            case ("value", 5):
                guard let index = Int(parts[3]), let length = Int(parts[4]) else { return nil }
                return .value(index: index, length: length)
            case ("done", 3): return .done
            default: return nil
            }
        }
    }
}

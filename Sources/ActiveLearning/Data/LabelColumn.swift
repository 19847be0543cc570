/// Which column of a CSV file holds the labels: by header name, by zero-based index, or the last.
///
/// String and integer literals work directly: `labelColumn: "species"`, `labelColumn: 4`.
public enum LabelColumn: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The column whose header is this name.
    case name(String)
    /// The column at this zero-based index.
    case index(Int)
    /// The last column.
    case last

    public init(stringLiteral value: String) { self = .name(value) }
    public init(integerLiteral value: Int) { self = .index(value) }

    public var description: String {
        switch self {
        case let .name(name): return "\"\(name)\""
        case let .index(index): return "at index \(index)"
        case .last: return "(last)"
        }
    }

    /// The zero-based position of this column among `headers`, if there is one.
    func position(in headers: [String]) -> Int? {
        switch self {
        case let .name(name): return headers.firstIndex { $0.trimmingSpaces == name }
        case let .index(index): return headers.indices.contains(index) ? index : nil
        case .last: return headers.isEmpty ? nil : headers.count - 1
        }
    }
}

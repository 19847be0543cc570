/// Compares a fresh render of the site with the files in the output folder (what is
/// committed), so CI fails when the documentation no longer matches its sources. Outputs of
/// `varies` cells are skipped on both sides.
public struct DriftCheck: Sendable {
    public struct Difference: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable { case missing = "missing from", stale = "differs in", extra = "not produced but present in" }
        public var file: String
        public var kind: Kind
        public var description: String { "\(file): \(kind.rawValue) the committed site" }
    }

    public var folder: String

    public init(folder: String) { self.folder = folder }

    public func differences(from fresh: [String: String]) -> [Difference] {
        let committed = Set(((try? FileSystem.allFiles(under: folder)) ?? []).map { String($0.dropFirst(folder.count + 1)) })
            .subtracting([OutputFolder.markerName])
        var differences: [Difference] = []
        for (file, contents) in fresh.sorted(by: { $0.key < $1.key }) {
            guard committed.contains(file), let bytes = try? FileSystem.read("\(folder)/\(file)") else {
                differences.append(Difference(file: file, kind: .missing))
                continue
            }
            if Self.masked(String(decoding: bytes, as: UTF8.self)) != Self.masked(contents) {
                differences.append(Difference(file: file, kind: .stale))
            }
        }
        for file in committed.sorted() where fresh[file] == nil {
            differences.append(Difference(file: file, kind: .extra))
        }
        return differences
    }

    /// The text with every `<!--varies-->…<!--/varies-->` region emptied.
    static func masked(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let start = rest.range(of: CellRenderer.variesStart) {
            out += rest[..<start.upperBound]
            guard let end = rest[start.upperBound...].range(of: CellRenderer.variesEnd) else { return out }
            rest = rest[end.lowerBound...]
        }
        return out + rest
    }
}

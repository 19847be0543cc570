/// Checks a rendered site's internal links: every `href`/`src` that points inside the site
/// must name a file that exists, and every `#anchor` an `id` on the target page.
public struct LinkChecker: Sendable {
    public struct BrokenLink: Hashable, Sendable, CustomStringConvertible {
        public var page: String
        public var target: String
        public var reason: String
        public var description: String { "\(page): broken link to \(target): \(reason)" }
    }

    public init() {}

    public func check(_ files: [String: String]) -> [BrokenLink] {
        var ids: [String: Set<String>] = [:]
        for (page, contents) in files where page.hasSuffix(".html") {
            ids[page] = Set(Self.values(of: "id", in: contents))
        }
        var broken: [BrokenLink] = []
        for (page, contents) in files.sorted(by: { $0.key < $1.key }) where page.hasSuffix(".html") {
            for target in Self.values(of: "href", in: contents) + Self.values(of: "src", in: contents) {
                guard Self.isInternal(target) else { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? page : Self.resolve(String(parts[0]), from: page)
                guard files[file] != nil else {
                    broken.append(BrokenLink(page: page, target: target, reason: "no file \(file)"))
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty, ids[file]?.contains(String(parts[1])) != true {
                    broken.append(BrokenLink(page: page, target: target, reason: "no id \"\(parts[1])\" in \(file)"))
                }
            }
        }
        return broken
    }

    static func isInternal(_ target: String) -> Bool {
        !(target.contains("://") || target.hasPrefix("mailto:") || target.hasPrefix("data:") || target.hasPrefix("//"))
    }

    /// `a/../b.html` from `dir/page.html`, as a path relative to the site root.
    static func resolve(_ target: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }

    /// The values of `name="…"` attributes in markup (as written, entities undone for `&amp;`).
    static func values(of name: String, in html: String) -> [String] {
        var values: [String] = []
        let needle = " \(name)=\""
        var rest = html[...]
        while let start = rest.range(of: needle) {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            values.append(rest[..<end].replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return values
    }
}

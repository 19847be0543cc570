import NotebookRuntime

/// A lesson's prose cut at its headings, each section digested, so that a translation can
/// record which version of its source's prose it translates (front matter `source-digests`)
/// and `notebook check` can name the sections that changed since.
///
/// A section is a heading and the prose blocks up to the next heading; the first section
/// (`_start`) holds the front matter's title and summary and any prose before the first
/// heading. Its digest is the first 16 hex digits of the SHA-256 of its prose blocks' source
/// lines, blocks joined by a blank line: cells are left out (their parity is checked apart),
/// so editing code never marks a translation stale, and neither do blank lines between blocks.
public struct ProseSections: Sendable {
    /// What a translation records of one section.
    public struct Digest: Hashable, Sendable {
        /// The section's key: `_start`, or its heading's anchor (unique within the lesson).
        public var section: String
        public var digest: String

        public init(section: String, digest: String) {
            self.section = section
            self.digest = digest
        }
    }

    public struct Section: Hashable, Sendable {
        public var key: String
        /// The heading as written; `nil` for the first section.
        public var heading: String?
        /// Where the heading is (line 1 for the first section).
        public var line: Int
        public var digest: String
    }

    public static let startKey = "_start"

    public var sections: [Section]

    public init(_ notebook: Notebook) {
        var slugger = Slugger()
        var keyed: [(key: String, heading: String?, line: Int, text: [String])] = [
            (Self.startKey, nil, 1, ["title: \(notebook.frontMatter.title ?? "")", "summary: \(notebook.frontMatter.summary ?? "")"]),
        ]
        for case .prose(let prose) in notebook.blocks {
            let text = (prose.range.startLine...prose.range.endLine).compactMap(notebook.line).joined(separator: "\n")
            if case .heading(_, let heading) = prose.kind {
                keyed.append((slugger.slug(heading), heading, prose.range.startLine, []))
            }
            keyed[keyed.count - 1].text.append(text)
        }
        sections = keyed.map { section in
            var hasher = SHA256()
            hasher.update(section.text.joined(separator: "\n\n"))
            return Section(key: section.key, heading: section.heading, line: section.line, digest: String(hasher.finalizeHex().prefix(16)))
        }
    }

    public var digests: [Digest] { sections.map { Digest(section: $0.key, digest: $0.digest) } }
}

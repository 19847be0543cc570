/// A translation whose source's prose changed since it was marked current: the sections, by
/// the source's headings, that differ from what its `source-digests` record.
public struct Staleness: Hashable, Sendable, CustomStringConvertible {
    public enum Change: Hashable, Sendable {
        /// The section's prose changed.
        case changed(ProseSections.Section)
        /// The source has a section the translation recorded no digest for.
        case added(ProseSections.Section)
        /// The translation recorded a section the source no longer has (its key).
        case removed(String)
    }

    /// The translation's path and its source's.
    public var translation: String
    public var source: String
    /// `false` when the translation records no digests at all.
    public var recorded: Bool
    public var changes: [Change]

    /// `Notebooks/zh/01-x.md: the source Notebooks/01-x.md changed since: § Background (changed), …`
    public var description: String {
        guard recorded else { return "\(translation): records no '\(FrontMatter.sourceDigestsKey)' of \(source); revise it against the source and mark it current" }
        let sections = changes.map { change in
            switch change {
            case .changed(let section): "\(Self.name(section)) (changed)"
            case .added(let section): "\(Self.name(section)) (new)"
            case .removed(let key): "\(key) (removed)"
            }
        }
        return "\(translation): its source \(source) changed since it was marked current: \(sections.joined(separator: ", "))"
    }

    /// A warning on the translation, with a note on the source's heading of each changed section.
    public var diagnostic: Diagnostic {
        let notes: [Diagnostic.Note] = changes.map { change in
            switch change {
            case .changed(let section): .init("\(Self.name(section)) changed", at: SourceLocation(file: source, line: section.line))
            case .added(let section): .init("\(Self.name(section)) is new", at: SourceLocation(file: source, line: section.line))
            case .removed(let key): .init("the section '\(key)' is no longer in the source")
            }
        }
        let message = recorded ? "the source's prose changed since this translation was marked current"
            : "this translation records no '\(FrontMatter.sourceDigestsKey)': which version of its source it translates is unknown"
        return Diagnostic(.warning, message, at: SourceLocation(file: translation, line: 1),
                          notes: notes + [.init("revise it, then record the source as translated: notebook translations --mark-current \(translation)")])
    }

    /// The warning as an error, for `--strict-translations`.
    public var error: Diagnostic {
        var error = diagnostic
        error.severity = .error
        return error
    }

    /// Its test case in a JUnit report, when stale translations fail the check.
    public var testCase: JUnitReport.TestCase {
        JUnitReport.TestCase(name: "translation \(translation)", message: description)
    }

    static func name(_ section: ProseSections.Section) -> String {
        section.heading.map { "§ \($0)" } ?? "title, summary and opening"
    }
}

extension Translation {
    /// How the source's prose changed since the translation was marked current; `nil` when it
    /// did not.
    public var staleness: Staleness? {
        let current = ProseSections(source).sections
        guard let recorded = notebook.frontMatter.sourceDigests else {
            return Staleness(translation: notebook.path, source: source.path, recorded: false, changes: current.map(Staleness.Change.added))
        }
        let digests = Dictionary(recorded.map { ($0.section, $0.digest) }, uniquingKeysWith: { first, _ in first })
        var changes: [Staleness.Change] = current.compactMap { section in
            switch digests[section.key] {
            case nil: .added(section)
            case section.digest?: nil
            default: .changed(section)
            }
        }
        let keys = Set(current.map(\.key))
        changes += recorded.filter { !keys.contains($0.section) }.map { .removed($0.section) }
        return changes.isEmpty ? nil : Staleness(translation: notebook.path, source: source.path, recorded: true, changes: changes)
    }
}

/// A lesson's translation: `Notebooks/zh/<name>.md` beside `Notebooks/<name>.md`, with the
/// prose, headings, title and summary translated and the cells its source's, unchanged.
///
/// The cells cannot drift: a translation must hold the same cells as its source (count, code,
/// options, order; `parityProblems`) and is never run on its own. The source's program runs
/// once and evaluates the translation's inline expressions too (`program(for:with:)`), so both
/// pages show the same outputs. Its front matter records digests of the source's prose
/// (`source-digests`), so `notebook check` can say which sections changed since (`staleness`).
public struct Translation: Hashable, Sendable {
    public var language: Language
    /// The lesson it translates.
    public var source: Notebook
    /// The translation itself.
    public var notebook: Notebook

    public init(language: Language, source: Notebook, notebook: Notebook) {
        self.language = language
        self.source = source
        self.notebook = notebook
    }

    /// The file name shared by a lesson and its translations (`03-sample-selection.md`).
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Finds the translations of `sources` in the language folders under `folder`
    /// (`Notebooks/zh/*.md`), parses them and checks that each has a source and holds its cells.
    ///
    /// - Throws: `DiagnosticError` with every parse error, every translation with no lesson of
    ///   its name, and every difference from its source's cells and front matter.
    public static func find(in folder: String, for sources: [Notebook]) throws(DiagnosticError) -> [Translation] {
        let (translations, diagnostics) = discover(in: folder, for: sources, checkingParity: true)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }
        return translations
    }

    /// The translations of `sources` under `folder` and what is wrong with them: parse errors,
    /// translations with no lesson, and (when `checkingParity`) differences from the source.
    static func discover(in folder: String, for sources: [Notebook], checkingParity: Bool) -> ([Translation], [Diagnostic]) {
        let byName = Dictionary(sources.map { (fileName($0.path), $0) }, uniquingKeysWith: { first, _ in first })
        var translations: [Translation] = []
        var diagnostics: [Diagnostic] = []
        for source in sources where source.frontMatter.sourceDigests != nil {
            diagnostics.append(.error("only a translation records '\(FrontMatter.sourceDigestsKey)'",
                                      at: SourceLocation(file: source.path, line: source.frontMatter.keyLines[FrontMatter.sourceDigestsKey] ?? 1),
                                      notes: [.init("translations live in a language folder beside the lessons, such as \(folder)/zh/")]))
        }
        for language in Language.translated {
            guard let sub = language.folder else { continue }
            let languageFolder = folder.hasSuffix("/") ? folder + sub : folder + "/" + sub
            guard FileSystem.isDirectory(languageFolder) else { continue }
            for path in (try? FileSystem.files(in: languageFolder, suffix: ".md")) ?? [] {
                do {
                    let notebook = try NotebookParser().parse(fileAt: path)
                    guard let source = byName[fileName(path)] else {
                        diagnostics.append(.error("this translation has no lesson to translate: there is no \(fileName(path)) in \(folder)",
                                                  at: SourceLocation(file: path, line: 1)))
                        continue
                    }
                    let translation = Translation(language: language, source: source, notebook: notebook)
                    if checkingParity { diagnostics += translation.parityProblems() }
                    translations.append(translation)
                } catch {
                    diagnostics += error.diagnostics
                }
            }
        }
        return (translations, diagnostics)
    }
}

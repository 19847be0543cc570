import SwiftSyntax

extension GroupFunctions {
    /// What one cell declares at top level, imports, and whether it awaits or hides names.
    struct Scan {
        var declarations: [(line: Int, names: Set<String>)] = []
        /// The names its top-level `guard`s bind: locals of the top-level code, which another
        /// file cannot see.
        var locals: Set<String> = []
        var imports: [Range<Int>] = []
        /// Whether the cell has an `await`, `private` or `fileprivate` anywhere.
        var awaitsOrHides = false
        /// Whether no import shares a line with another item.
        var importsStandAlone = true
        /// The cell's identifiers, and its `#`s and `return`s (as `nil`), each with its 0-based line.
        var names: [(line: Int, name: String?)] = []

        init(_ syntax: SourceFileSyntax) {
            let converter = SourceLocationConverter(fileName: "", tree: syntax)
            func lines(_ node: some SyntaxProtocol) -> Range<Int> {
                converter.location(for: node.positionAfterSkippingLeadingTrivia).line - 1
                    ..< converter.location(for: node.endPositionBeforeTrailingTrivia).line
            }
            let items = Array(syntax.statements)
            for item in items {
                if item.item.is(ImportDeclSyntax.self) {
                    let range = lines(item)
                    imports.append(range)
                    if items.contains(where: { $0.id != item.id && lines($0).overlaps(range) }) { importsStandAlone = false }
                } else if let names = Self.names(declaredBy: item.item), !names.isEmpty {
                    declarations.append((lines(item).lowerBound, names))
                    if item.item.is(GuardStmtSyntax.self) { locals.formUnion(names) }
                }
            }
            for token in syntax.tokens(viewMode: .sourceAccurate) {
                switch token.tokenKind {
                case .keyword(.await), .keyword(.private), .keyword(.fileprivate): awaitsOrHides = true
                case .identifier: names.append((lines(token).lowerBound, Self.name(token)))
                case .pound, .keyword(.return): names.append((lines(token).lowerBound, nil))
                default: break
                }
            }
        }

        /// The names a top-level item declares for the code after it; `nil` for none.
        static func names(declaredBy item: CodeBlockItemSyntax.Item) -> Set<String>? {
            switch item {
            case .decl(let decl):
                if let variable = decl.as(VariableDeclSyntax.self) {
                    return identifiers(in: variable.bindings.map(\.pattern))
                }
                if let named = decl.asProtocol(NamedDeclSyntax.self) { return [name(named.name)] }
                if decl.is(ExtensionDeclSyntax.self) { return nil }
                return identifiers(in: [decl])  // `#if`, a macro: whatever it might declare
            case .stmt(let statement):
                if let guardStatement = statement.as(GuardStmtSyntax.self) { return identifiers(in: [guardStatement.conditions]) }
                return nil
            case .expr(let expression):
                return expression.is(MacroExpansionExprSyntax.self) ? identifiers(in: [expression]) : nil
            }
        }

        /// An identifier token's name, without the backticks it may be written with.
        static func name(_ token: TokenSyntax) -> String {
            let text = token.text
            return text.count > 2 && text.hasPrefix("`") && text.hasSuffix("`") ? String(text.dropFirst().dropLast()) : text
        }

        static func identifiers(in nodes: [some SyntaxProtocol]) -> Set<String> {
            Set(nodes.flatMap { $0.tokens(viewMode: .sourceAccurate) }.compactMap { token in
                if case .identifier = token.tokenKind { return name(token) }
                return nil
            })
        }
    }
}

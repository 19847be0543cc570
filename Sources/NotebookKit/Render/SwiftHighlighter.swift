import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Highlights Swift on the server from swift-syntax's classification: every token becomes a
/// `<span class="…">` with the escaped token text, so pages need no JavaScript highlighter.
public enum SwiftHighlighter {
    public static func highlight(_ source: String) -> HTML {
        let tree = Parser.parse(source: source)
        let bytes = Array(source.utf8)
        var parts: [HTML] = []
        var offset = 0
        for classified in tree.classifications {
            let start = classified.range.lowerBound.utf8Offset, end = classified.range.upperBound.utf8Offset
            guard start >= offset, end <= bytes.count, start < end else { continue }
            if start > offset { parts.append(.text(String(decoding: bytes[offset..<start], as: UTF8.self))) }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            if let name = className(classified.kind) {
                parts.append(.element("span", ["class": name], text: text))
            } else {
                parts.append(.text(text))
            }
            offset = end
        }
        if offset < bytes.count { parts.append(.text(String(decoding: bytes[offset...], as: UTF8.self))) }
        return .join(parts, separator: "")
    }

    static func className(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword, .ifConfigDirective: "kw"
        case .type: "ty"
        case .stringLiteral, .regexLiteral: "str"
        case .integerLiteral, .floatLiteral: "num"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "cm"
        case .attribute: "attr"
        case .operator: "op"
        case .argumentLabel: "lbl"
        case .dollarIdentifier, .identifier, .editorPlaceholder, .none: nil
        @unknown default: nil
        }
    }
}

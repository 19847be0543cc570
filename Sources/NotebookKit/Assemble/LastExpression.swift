import SwiftParser
import SwiftSyntax

/// Finds a cell's last bare expression, which the program shows as the cell's result, as in
/// Jupyter. Assignments, declarations and statements show nothing; `try` and `await` stay
/// outside the wrapper so the call still type-checks.
struct LastExpression: Equatable {
    /// UTF-8 offset in the cell source where the shown expression starts.
    var start: Int
    /// UTF-8 offset just past its end.
    var end: Int

    /// The last bare expression of `source`, or `nil` when the cell ends with something else.
    static func find(in source: String) -> LastExpression? { find(in: Parser.parse(source: source)) }

    /// The last bare expression of a parsed cell.
    static func find(in file: SourceFileSyntax) -> LastExpression? {
        guard let last = file.statements.last, case .expr(var expression) = last.item else { return nil }
        while true {
            if let tryExpr = expression.as(TryExprSyntax.self) {
                expression = tryExpr.expression
            } else if let awaitExpr = expression.as(AwaitExprSyntax.self) {
                expression = awaitExpr.expression
            } else {
                break
            }
        }
        if isAssignment(expression) || expression.is(MissingExprSyntax.self) || expression.hasError { return nil }
        if expression.is(ClosureExprSyntax.self) || expression.is(DiscardAssignmentExprSyntax.self) { return nil }
        // `print(...)` returns Void: showing it would show nothing, so skip the wrapper.
        if let call = expression.as(FunctionCallExprSyntax.self),
           let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text,
           ["print", "debugPrint"].contains(name) { return nil }
        return LastExpression(start: expression.positionAfterSkippingLeadingTrivia.utf8Offset,
                              end: expression.endPositionBeforeTrailingTrivia.utf8Offset)
    }

    private static let assignmentOperators: Set<String> = [
        "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*=", "&<<=", "&>>=",
    ]

    private static func isAssignment(_ expression: ExprSyntax) -> Bool {
        if expression.is(AssignmentExprSyntax.self) { return true }
        if let sequence = expression.as(SequenceExprSyntax.self) {
            return sequence.elements.contains { element in
                if element.is(AssignmentExprSyntax.self) { return true }
                if let op = element.as(BinaryOperatorExprSyntax.self) { return assignmentOperators.contains(op.operator.text) }
                return false
            }
        }
        if let infix = expression.as(InfixOperatorExprSyntax.self) {
            if infix.operator.is(AssignmentExprSyntax.self) { return true }
            if let op = infix.operator.as(BinaryOperatorExprSyntax.self) { return assignmentOperators.contains(op.operator.text) }
        }
        return false
    }
}

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProgramRuntime {
    /// Shows the last bare expression of a cell. Values that are `NotebookDisplayable` show
    /// their rich outputs; others show `String(describing:)` as text.
    public static func show<T>(_ value: T) {
        display(value)
    }

    /// An expression of type `Void` shows nothing (overload resolution prefers this one).
    public static func show(_ value: Void) {}

    /// Sends outputs to the runner, or prints their text when not under the runner.
    static func send(_ outputs: [DisplayOutput]) {
        for output in outputs {
            if nonce != nil {
                emit(.display(mime: output.mime, length: output.data.utf8.count), payload: output.data)
            } else {
                print(output.data)
            }
        }
        fflush(stdout)
    }
}

/// Shows a value under the current cell: rich outputs for `NotebookDisplayable` values, text
/// otherwise. Call it to show several things from one cell.
public func display<T>(_ value: T) {
    if let rich = value as? NotebookDisplayable {
        ProgramRuntime.send(rich.displayOutputs)
    } else {
        ProgramRuntime.send([.plain(String(describing: value))])
    }
}

extension DisplayOutput: NotebookDisplayable {
    /// A raw output shows as itself: `display(.html("<b>hi</b>"))`.
    public var displayOutputs: [DisplayOutput] { [self] }
}

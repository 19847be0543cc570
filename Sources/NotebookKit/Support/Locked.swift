import Synchronization

/// A `Mutex` that escaping closures can share.
///
/// Synchronization's `Mutex` is the project's one lock (the engine's parallel loops use it
/// too). It cannot be copied, so stored properties and statics hold one directly; a closure
/// that outlives its scope (a progress handler, a `Task`) captures this box instead.
public final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    public init(_ value: Value) { mutex = Mutex(value) }

    public func withLock<T: Sendable, E: Error>(_ body: (inout Value) throws(E) -> T) throws(E) -> T {
        try mutex.withLock { (value) throws(E) -> T in try body(&value) }
    }

    /// The current value.
    public var value: Value { withLock { $0 } }
}

/// Why the preview server could not start or serve.
public enum ServeError: Error, CustomStringConvertible, Sendable {
    /// The port is taken or cannot be bound.
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason) (choose another with --port)"
        }
    }
}

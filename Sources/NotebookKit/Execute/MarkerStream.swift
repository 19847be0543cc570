import NotebookRuntime

/// Splits one output stream of a lesson program into text, markers and display payloads,
/// chunk by chunk as it arrives (see `Wire` for the format).
struct MarkerStream {
    enum Event: Equatable {
        case text(ArraySlice<UInt8>)
        case marker(Wire.Marker)
        /// Part of a display payload; `final` on its last part.
        case payload(ArraySlice<UInt8>, final: Bool)
    }

    let nonce: String
    /// A marker line seen in part, from its record separator on.
    private var pending: [UInt8] = []
    /// Bytes of display payload still to come.
    private var payloadRemaining = 0
    /// Longer than any marker: a record separator not closed by then is ordinary text.
    private let maximumMarkerLength = 160

    init(nonce: String) { self.nonce = nonce }

    mutating func feed(_ chunk: ArraySlice<UInt8>, _ emit: (Event) -> Void) {
        var rest = chunk
        while !rest.isEmpty {
            if payloadRemaining > 0 {
                let part = rest.prefix(payloadRemaining)
                payloadRemaining -= part.count
                rest = rest.dropFirst(part.count)
                emit(.payload(part, final: payloadRemaining == 0))
                continue
            }
            if !pending.isEmpty {
                guard let newline = rest.firstIndex(of: 0x0A) else {
                    pending += rest
                    if pending.count > maximumMarkerLength { emit(.text(pending[...])); pending = [] }
                    return
                }
                pending += rest[..<newline]
                rest = rest[(newline + 1)...]
                let line = pending
                pending = []
                finishMarker(line, emit)
                continue
            }
            guard let separator = rest.firstIndex(of: Wire.recordSeparator) else {
                emit(.text(rest))
                return
            }
            if separator > rest.startIndex { emit(.text(rest[..<separator])) }
            pending = [Wire.recordSeparator]
            rest = rest[(separator + 1)...]
        }
    }

    /// Whatever is held back at the end of the stream is text.
    mutating func finish(_ emit: (Event) -> Void) {
        if !pending.isEmpty { emit(.text(pending[...])) }
        pending = []
    }

    private mutating func finishMarker(_ line: [UInt8], _ emit: (Event) -> Void) {
        let text = String(decoding: line.dropFirst(), as: UTF8.self)
        guard let marker = Wire.Marker.decode(text[...], nonce: nonce) else {
            emit(.text(line[...] + [0x0A]))
            return
        }
        emit(.marker(marker))
        let length: Int? = switch marker {
        case .display(_, let length), .value(_, let length): length
        default: nil
        }
        if let length {
            payloadRemaining = length
            if length == 0 { emit(.payload([], final: true)) }
        }
    }
}

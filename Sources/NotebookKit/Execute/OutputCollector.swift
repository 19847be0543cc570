import NotebookRuntime

/// Attributes everything a lesson program prints to the cell that printed it, keeping at most
/// `cap` bytes per cell (the rest is counted, dropped and reported) so that a program printing
/// 100 MB neither hangs the runner nor fills its memory.
struct OutputCollector {
    struct CellOutputs {
        var items: [(kind: CellOutput.Kind, mime: DisplayOutput.MIME, bytes: [UInt8])] = []
        var stderr: [UInt8] = []
        var kept = 0
        var dropped = 0
        var startedAt: Double?
    }

    let cap: Int
    private(set) var cells: [Int: CellOutputs] = [:]
    /// What the program started, cells and inline expressions, in the order it started them.
    private(set) var units: [ProgramUnit] = []
    /// The cells whose begin marker arrived, in order.
    var begun: [Int] { units.compactMap { if case .cell(let cell) = $0 { cell } else { nil } } }
    /// The values of the inline expressions that finished, by index (each kept to `cap` bytes).
    private(set) var inlineValues: [Int: [UInt8]] = [:]
    /// Wait statuses of expected-error cells that ran in a forked child.
    private(set) var forked: [Int: Int32] = [:]
    private(set) var done = false
    /// Output before the first cell began (the runtime's own, normally none).
    private var currentOut: Int = -1
    private var currentErr: Int = -1
    private var payloadMime: DisplayOutput.MIME?
    /// The inline expression whose value the payload in progress is.
    private var payloadInline: Int?
    private var stdoutStream: MarkerStream
    private var stderrStream: MarkerStream
    private let clock: () -> Double

    init(nonce: String, cap: Int = 1 << 20, clock: @escaping () -> Double = ChildProcess.now) {
        self.cap = cap
        self.clock = clock
        stdoutStream = MarkerStream(nonce: nonce)
        stderrStream = MarkerStream(nonce: nonce)
    }

    mutating func feed(_ stream: ChildProcess.Stream, _ chunk: ArraySlice<UInt8>) {
        var events: [MarkerStream.Event] = []
        if stream == .stdout { stdoutStream.feed(chunk) { events.append($0) } } else { stderrStream.feed(chunk) { events.append($0) } }
        for event in events { handle(event, from: stream) }
    }

    mutating func finish() {
        var events: [(ChildProcess.Stream, MarkerStream.Event)] = []
        stdoutStream.finish { events.append((.stdout, $0)) }
        stderrStream.finish { events.append((.stderr, $0)) }
        for (stream, event) in events { handle(event, from: stream) }
    }

    private mutating func handle(_ event: MarkerStream.Event, from stream: ChildProcess.Stream) {
        switch event {
        case .marker(.begin(let cell)):
            if stream == .stdout {
                currentOut = cell
                units.append(.cell(cell))
                cells[cell, default: CellOutputs()].startedAt = clock()
            } else {
                currentErr = cell
            }
        case .marker(.forked(let cell, let status)):
            if stream == .stdout { forked[cell] = status }
        case .marker(.inline(let index)):
            if stream == .stdout { units.append(.inline(index)) }
        case .marker(.value(let index, _)):
            payloadInline = index
            inlineValues[index] = []
        case .payload(let bytes, let final) where payloadInline != nil:
            if let index = payloadInline {
                inlineValues[index, default: []] += bytes.prefix(max(0, cap - inlineValues[index, default: []].count))
            }
            if final { payloadInline = nil }
        case .marker(.done):
            if stream == .stdout { done = true }
        case .marker(.display(let mime, _)):
            payloadMime = mime
            append(.display, mime: mime, bytes: [], toCell: currentOut, newItem: true)
        case .payload(let bytes, let final):
            append(.display, mime: payloadMime ?? .plain, bytes: bytes, toCell: currentOut, newItem: false)
            if final { payloadMime = nil }
        case .text(let bytes):
            if stream == .stdout {
                append(.stdout, bytes: bytes, toCell: currentOut, newItem: false)
            } else {
                appendStderr(bytes, toCell: currentErr)
            }
        }
    }

    private mutating func append(_ kind: CellOutput.Kind, mime: DisplayOutput.MIME = .plain, bytes: ArraySlice<UInt8>, toCell cell: Int, newItem: Bool) {
        var outputs = cells[cell, default: CellOutputs()]
        defer { cells[cell] = outputs }
        let keep = capped(bytes, &outputs)
        if newItem {
            outputs.items.append((kind, mime, Array(keep)))
        } else if let last = outputs.items.indices.last, outputs.items[last].kind == kind {
            outputs.items[last].bytes += keep
        } else if !keep.isEmpty {
            outputs.items.append((kind, mime, Array(keep)))
        }
    }

    private mutating func appendStderr(_ bytes: ArraySlice<UInt8>, toCell cell: Int) {
        var outputs = cells[cell, default: CellOutputs()]
        outputs.stderr += capped(bytes, &outputs)
        cells[cell] = outputs
    }

    /// The part of `bytes` that fits under the cell's cap; the rest is counted as dropped.
    private func capped(_ bytes: ArraySlice<UInt8>, _ outputs: inout CellOutputs) -> ArraySlice<UInt8> {
        let keep = bytes.prefix(max(0, cap - outputs.kept))
        outputs.dropped += bytes.count - keep.count
        outputs.kept += keep.count
        return keep
    }

    /// The outputs of `cell` in order: its stdout text and displays, then its stderr, then a
    /// note when some were dropped.
    func outputs(of cell: Int) -> [CellOutput] {
        guard let outputs = cells[cell] else { return [] }
        var result = outputs.items.map { CellOutput(kind: $0.kind, mime: $0.mime, data: String(decoding: $0.bytes, as: UTF8.self)) }
        if !outputs.stderr.isEmpty { result.append(CellOutput(kind: .stderr, data: String(decoding: outputs.stderr, as: UTF8.self))) }
        if outputs.dropped > 0 {
            result.append(CellOutput(kind: .stderr, data: "[output truncated: \(outputs.dropped) more bytes not shown; the limit is \(cap) bytes per cell]\n"))
        }
        return result
    }

    /// The stderr text of `cell` (for finding the runtime's error message).
    func stderrText(of cell: Int) -> String {
        String(decoding: cells[cell]?.stderr ?? [], as: UTF8.self)
    }
}

/// A part of a lesson program the runner attributes output and failures to.
enum ProgramUnit: Hashable {
    case cell(Int)
    case inline(Int)
}

import Testing
@testable import NotebookRuntime

@Suite struct WireTests {
    @Test func markersRoundTrip() {
        let markers: [Wire.Marker] = [.begin(cell: 3), .display(mime: .svg, length: 120), .forked(cell: 2, status: 134), .done]
        for marker in markers {
            let line = marker.encoded(nonce: "abc123")
            #expect(Wire.Marker.decode(line[...], nonce: "abc123") == marker)
        }
    }

    @Test func otherNonceIsNotAMarker() {
        #expect(Wire.Marker.decode("NB other begin 1", nonce: "abc123") == nil)
        #expect(Wire.Marker.decode("NB abc123 begin x", nonce: "abc123") == nil)
    }
}

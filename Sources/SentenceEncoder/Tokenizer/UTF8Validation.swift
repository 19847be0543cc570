/// Decoding of raw bytes that must be UTF-8.
enum UTF8Validation {
    /// The text of `bytes`, or the offset of the first byte that is not valid UTF-8.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidByte> {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return .success(String(scalars))
            case .error:
                return .failure(InvalidByte(offset: offset))
            }
        }
    }

    /// Where decoding failed.
    struct InvalidByte: Error { let offset: Int }
}

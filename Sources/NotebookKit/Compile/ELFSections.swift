/// Reads named sections out of a 64-bit little-endian ELF object file (what the Swift frontend
/// writes on Linux), for the autolink entries the frontend records in each object.
///
/// The layout (System V ABI): the header gives the section-header table's offset (`e_shoff`,
/// at byte 0x28), entry size (`e_shentsize`, 0x3A), count (`e_shnum`, 0x3C) and the index of
/// the section holding the section names (`e_shstrndx`, 0x3E). Each 64-byte section header
/// gives its name's offset in that table (`sh_name`, at 0), its type (`sh_type`, 4), and its
/// contents' offset (`sh_offset`, 24) and size (`sh_size`, 32). Every read is bounds-checked:
/// anything unexpected gives `nil`, never a trap.
struct ELFSections {
    private let bytes: [UInt8]
    private let headers: [(name: Int, type: UInt32, offset: Int, size: Int)]
    private let names: Range<Int>

    /// The autolink entries' section: the linker flags a Swift object asks for, NUL-separated.
    static let autolinkEntries = ".swift1_autolink_entries"

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        // "\x7fELF", 64-bit (class 2), little-endian (data 1).
        guard bytes.count >= 64, bytes[0..<4] == [0x7F, 0x45, 0x4C, 0x46], bytes[4] == 2, bytes[5] == 1,
              let tableOffset = Self.integer(bytes, at: 0x28, size: 8), let entrySize = Self.integer(bytes, at: 0x3A, size: 2),
              let count = Self.integer(bytes, at: 0x3C, size: 2), let namesIndex = Self.integer(bytes, at: 0x3E, size: 2),
              tableOffset <= bytes.count, entrySize >= 40, namesIndex < count
        else { return nil }
        var headers: [(name: Int, type: UInt32, offset: Int, size: Int)] = []
        for index in 0..<count {
            let start = tableOffset + index * entrySize
            guard let name = Self.integer(bytes, at: start, size: 4), let type = Self.integer(bytes, at: start + 4, size: 4),
                  let offset = Self.integer(bytes, at: start + 24, size: 8), let size = Self.integer(bytes, at: start + 32, size: 8)
            else { return nil }
            headers.append((name, UInt32(type), offset, size))
        }
        self.headers = headers
        let table = headers[namesIndex]
        guard table.offset <= bytes.count, table.size <= bytes.count - table.offset else { return nil }
        names = table.offset..<(table.offset + table.size)
    }

    /// The contents of every section called `name`, in file order, or `nil` when one cannot be
    /// read. (A section without contents in the file, `SHT_NOBITS`, reads as empty.)
    func contents(named name: String) -> [[UInt8]]? {
        var found: [[UInt8]] = []
        for header in headers where self.name(at: header.name) == name {
            if header.type == 8 { found.append([]); continue }
            guard header.offset <= bytes.count, header.size <= bytes.count - header.offset else { return nil }
            found.append(Array(bytes[header.offset..<(header.offset + header.size)]))
        }
        return found
    }

    private func name(at offset: Int) -> String? {
        guard offset < names.count else { return nil }
        let start = names.lowerBound + offset
        guard let end = bytes[start..<names.upperBound].firstIndex(of: 0) else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The little-endian unsigned integer of `size` bytes at `offset`, if it fits in the file
    /// and in an `Int`.
    private static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> Int? {
        guard offset >= 0, offset <= bytes.count - size else { return nil }
        var value: UInt64 = 0
        for index in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        return value <= UInt64(Int.max) ? Int(value) : nil
    }
}

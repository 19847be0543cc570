import Testing
@testable import NotebookKit

/// Reading the autolink entries out of the objects the Swift frontend writes.
@Suite struct ELFSectionsTests {
    /// A minimal ELF64 object: the header, one named section and the section-name table.
    static func object(section name: String, contents: [UInt8]) -> [UInt8] {
        let names = [0] + Array(name.utf8) + [0] + Array(".shstrtab".utf8) + [0]
        let dataOffset = 64, namesOffset = dataOffset + contents.count, tableOffset = namesOffset + names.count
        var bytes = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1] + [UInt8](repeating: 0, count: 57) + contents + names
        func put(_ value: Int, at offset: Int, size: Int) {
            for index in 0..<size { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        }
        put(tableOffset, at: 0x28, size: 8)
        put(64, at: 0x3A, size: 2)
        put(3, at: 0x3C, size: 2)
        put(2, at: 0x3E, size: 2)
        bytes += [UInt8](repeating: 0, count: 3 * 64)
        for (index, (nameOffset, offset, size)) in [(0, 0, 0), (1, dataOffset, contents.count), (name.utf8.count + 2, namesOffset, names.count)].enumerated() {
            let header = tableOffset + index * 64
            put(nameOffset, at: header, size: 4)
            put(index == 0 ? 0 : 1, at: header + 4, size: 4)
            put(offset, at: header + 24, size: 8)
            put(size, at: header + 32, size: 8)
        }
        return bytes
    }

    @Test func findsASectionByName() throws {
        let entries = Array("-lswiftCore\0-lm\0".utf8)
        let sections = try #require(ELFSections(Self.object(section: ELFSections.autolinkEntries, contents: entries)))
        #expect(sections.contents(named: ELFSections.autolinkEntries) == [entries])
        #expect(sections.contents(named: ".text") == [])
    }

    @Test func anythingElseIsNotRead() {
        let object = Self.object(section: ELFSections.autolinkEntries, contents: [1, 2, 3])
        #expect(ELFSections(Array("#!/bin/sh\n".utf8)) == nil)
        #expect(ELFSections(Array(object.prefix(70))) == nil, "the section headers are cut off")
        var outside = object
        outside[object.count - 3 * 64 + 64 + 24 + 6] = 0xFF  // the section's offset far beyond the file
        #expect(ELFSections(outside)?.contents(named: ELFSections.autolinkEntries) == nil)
        var bigEndian = object
        bigEndian[5] = 2
        #expect(ELFSections(bigEndian) == nil)
    }
}

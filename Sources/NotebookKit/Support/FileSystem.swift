import Foundation

/// The few file operations the runner needs, with errors that say which path failed.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "no such file: \(path)")
        }
        if isDirectory.boolValue { throw Failure(description: "\(path) is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read \(path)")
        }
        return [UInt8](data)
    }

    static func readText(_ path: String) throws -> String {
        String(decoding: try read(path), as: UTF8.self)
    }

    static func write(_ text: String, to path: String) throws {
        try createDirectory(parentOf: path)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    static func createDirectory(parentOf path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty { try createDirectory(parent) }
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A fresh private folder under the system's temporary folder.
    static func temporaryDirectory(prefix: String) throws -> String {
        let base = NSTemporaryDirectory()
        var template = Array((base + (base.hasSuffix("/") ? "" : "/") + prefix + "XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw Failure(description: "cannot create a temporary folder in \(base)")
        }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The regular files directly in `folder` whose names end with `suffix`, sorted by name.
    static func files(in folder: String, suffix: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }
}

extension FileSystem {
    /// Every regular file below `folder`, recursively, as paths sorted by name.
    static func allFiles(under folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            if !isDirectory(path) { files.append(path) }
        }
        return files.sorted()
    }
}

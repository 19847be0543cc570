import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the runner needs, with errors that say which path failed.
package enum FileSystem {
    /// `path` made absolute against the working folder, with `.` and `..` resolved.
    package static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` with every symbolic link resolved, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String

        init(description: String) { self.description = description }

        /// "`action` `path`: the system's reason" for the `errno` set by the call that failed.
        init(_ path: String, _ action: String, errno code: Int32 = errno) {
            description = "\(action) \(path): \(String(cString: strerror(code)))"
        }
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

    /// Writes `text` to a temporary file beside `path`, then renames it into place, so a
    /// reader never sees half a file. Errors name the path and the system's reason.
    static func write(_ text: String, to path: String) throws {
        try createDirectory(parentOf: path)
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path, "cannot write") }
        let written = Array(text.utf8).withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue } else { return false } }
                offset += n
            }
            return true
        }
        let failure = written ? nil : Failure(path, "cannot write")
        if close(descriptor) != 0 && failure == nil { unlink(temporary); throw Failure(path, "cannot write") }
        if let failure { unlink(temporary); throw failure }
        guard rename(temporary, path) == 0 else {
            let failure = Failure(path, "cannot write")
            unlink(temporary)
            throw failure
        }
    }

    /// Creates `path` and any missing folders above it.
    static func createDirectory(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && !(errno == EEXIST && isDirectory(current)) {
                throw Failure(current, errno == EEXIST ? "cannot create the folder (a file is in the way)" : "cannot create the folder")
            }
        }
    }

    static func createDirectory(parentOf path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty { try createDirectory(parent) }
    }

    /// Renames `from` to `to` (same file system), with the system's reason on failure.
    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else { throw Failure(to, "cannot move \(from) to") }
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

extension FileSystem {
    /// Writes a new file, refusing (with a clear error) when `path` already exists, without a
    /// window in which another writer could slip in (`O_EXCL`).
    static func createExclusively(_ path: String, contents: String) throws(DiagnosticError) {
        do { try createDirectory(parentOf: path) } catch {
            throw DiagnosticError(.error("cannot create the folder for \(path): \(error)"))
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it already exists; choose another title or remove the file" : String(cString: strerror(errno))
            throw DiagnosticError(.error("will not write \(path): \(reason)"))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do { try handle.write(contentsOf: Data(contents.utf8)) } catch {
            throw DiagnosticError(.error("cannot write \(path): \(error)"))
        }
    }
}

extension FileSystem {
    /// Whether `path` is a regular file (not a folder, not a symbolic link).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}

import Foundation
import NotebookKit

/// Notices edits by polling the `FileStamp` (inode, size, modification time) of every lesson
/// (`*.md` directly in the lessons folder), of their translations (`*.md` in its language
/// folders, such as `zh/`) and of a few more files (the engine library).
/// Polling is simple and portable, and cheap for a few dozen files every half second.
public struct ChangeWatcher: Sendable {
    public var lessonsFolder: String
    public var files: [String]

    public init(lessonsFolder: String, files: [String]) {
        self.lessonsFolder = lessonsFolder
        self.files = files
    }

    /// Every watched file with its stamp, now.
    public func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        let folders = [lessonsFolder] + Language.translated.compactMap(\.folder).map { lessonsFolder + "/" + $0 }
        let lessons = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.map { folder + "/" + $0 }
        }
        for path in lessons + files {
            stamps[path] = FileStamp(path: path)
        }
        return stamps
    }

    /// The files that appeared, disappeared or changed between two snapshots, sorted.
    public static func changes(from old: [String: FileStamp], to new: [String: FileStamp]) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }
}

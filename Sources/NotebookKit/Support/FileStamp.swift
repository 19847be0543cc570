import Foundation

/// What a file looked like at one moment: its inode, size and modification time. Equal stamps
/// mean the file is unchanged, short of an in-place edit that keeps the size within one tick
/// of the file system's clock (an atomic write, by rename, always gets a new inode).
public struct FileStamp: Hashable, Sendable, CustomStringConvertible {
    public var inode: UInt64
    public var size: Int64
    public var seconds: Int
    public var nanoseconds: Int

    /// The file's stamp now, or `nil` when it does not exist.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        seconds = Int(time.tv_sec)
        nanoseconds = Int(time.tv_nsec)
    }

    public var description: String { "\(inode) \(size) \(seconds).\(nanoseconds)" }
}

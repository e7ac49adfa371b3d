import Foundation

/// The first bytes of a file, which tell its type (Cairn never trusts a file's name for that).
public enum FileHeader {
    /// The first `count` bytes of a file (fewer when it is shorter; none when it cannot be read).
    public static func read(atPath path: String, count: Int) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: count)) ?? Data())
    }
}

import CairnCore
import Foundation

/// The bytes of unfinished uploads, one file each under `<data>/uploads/<id>.part`.
///
/// A chunk is written with `pwrite` at its offset and fsynced before the caller records the new
/// offset, so a crash loses at most the chunk in flight. Each write holds an exclusive `flock` on
/// the file, so two requests (or two servers sharing the directory) never write one upload at once.
public struct PartialUploads: Sendable {
    public let directory: String

    public init(directory: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Where an upload's bytes are kept.
    public func path(for id: Upload.ID) -> String { "\(directory)/\(id.rawValue).part" }

    /// Why a chunk could not be written.
    public enum Failure: Error, Equatable {
        /// Another request is writing this upload right now.
        case busy
        case io(String, errno: Int32)
    }

    /// Runs `body` holding the upload's lock; `.busy` when another request holds it.
    public func withLock<T>(_ id: Upload.ID, _ body: (Int32) throws -> T) throws -> T {
        let fd = open(path(for: id), O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure.io("cannot open partial upload", errno: errno) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw Failure.busy }
        defer { flock(fd, LOCK_UN) }
        return try body(fd)
    }

    /// Writes `bytes` at `offset`, drops anything after them (left by a chunk whose offset was never
    /// recorded), and makes it durable.
    public func write(_ bytes: [UInt8], at offset: Int64, to fd: Int32) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + written, $0.count - written, off_t(offset) + off_t(written)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure.io("cannot write partial upload", errno: errno)
            }
            written += n
        }
        guard ftruncate(fd, off_t(offset) + off_t(bytes.count)) == 0 else { throw Failure.io("cannot truncate partial upload", errno: errno) }
        guard fsync(fd) == 0 else { throw Failure.io("cannot sync partial upload", errno: errno) }
    }

    /// Deletes an upload's bytes (no error when there are none).
    public func remove(_ id: Upload.ID) {
        unlink(path(for: id))
    }
}

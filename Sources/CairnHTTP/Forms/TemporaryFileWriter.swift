#if canImport(Glibc)
import Glibc
#endif

/// Appends bytes to a new temporary file as they arrive, so memory stays flat whatever the size.
///
/// The writer locks its file (`flock`) until it is closed, which the request's state does when
/// the request completes and the file is deleted.
final class TemporaryFileWriter {
    /// Why a temporary file could not be created or written.
    struct Failure: Error, CustomStringConvertible {
        let operation: String, path: String, code: Int32
        var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
    }

    let path: String
    private(set) var size: Int64 = 0
    private var descriptor: Int32

    /// Creates an empty file with a unique name in `directory`, readable only by us.
    init(directory: String, prefix: String = "cairn-upload-") throws(Failure) {
        var template = Array("\(directory)/\(prefix)XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(operation: "create", path: directory, code: errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = flock(fd, LOCK_EX)  // held until closed: a sweep of abandoned files leaves this one alone
        descriptor = fd
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { close() }

    /// Appends `bytes`, retrying short writes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: "write", path: path, code: errno)
            }
            offset += written
        }
        size += Int64(bytes.count)
    }

    /// Closes the file (keeping it on disk) and releases its lock; safe to call twice.
    func close() {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        descriptor = -1
    }
}

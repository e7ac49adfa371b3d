import CairnHTTP
import CairnSync
import Foundation

/// Whether the data directory takes a write: a 4 KiB file created, written and removed.
enum DataDirectoryProbe {
    /// Why the probe's write failed.
    struct Problem: CustomStringConvertible, Sendable {
        let code: Int32
        /// Full or read-only, when that is the reason.
        var storageFailure: StorageFailure? { StorageFailure(errno: code) }
        /// `full: No space left on device`, or the bare reason for other failures.
        var description: String {
            let reason = String(cString: strerror(code))
            return storageFailure.map { "\($0.cause.rawValue): \(reason)" } ?? reason
        }
    }

    /// Nil when the write succeeded.
    static func problem(in directory: String) -> Problem? {
        let path = directory + "/.healthz-" + String(UInt64.random(in: .min ... .max), radix: 16)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return Problem(code: errno) }
        defer {
            close(fd)
            unlink(path)
        }
        let block = [UInt8](repeating: 0, count: 4096)
        let written = block.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 { return Problem(code: errno) }
        return written == block.count ? nil : Problem(code: EFBIG)  // a short write: a limit stopped it
    }
}

/// The probe, with a successful answer reused for a second: `/healthz` stays as cheap as a
/// database ping under a monitor's (or a benchmark's) load and notices a full disk within a
/// second; a problem is probed again on every call, so recovery shows at once.
final class CachedDataDirectoryProbe: Sendable {
    private let directory: String
    private let maximumAge: Duration
    private let lastSuccess = ReadMostly<ContinuousClock.Instant?>(nil)

    init(directory: String, maximumAge: Duration = .seconds(1)) {
        self.directory = directory
        self.maximumAge = maximumAge
    }

    /// Nil when the data directory took a write within the last `maximumAge`.
    func problem() -> DataDirectoryProbe.Problem? {
        let now = ContinuousClock.now
        if let last = lastSuccess.read({ $0 }), now - last < maximumAge { return nil }
        let problem = DataDirectoryProbe.problem(in: directory)
        lastSuccess.write { $0 = problem == nil ? now : nil }
        return problem
    }
}

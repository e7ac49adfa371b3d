#if canImport(Glibc)
import Glibc
#endif

/// A write the disk refused because it is full (or over a quota or file-size limit) or read-only.
///
/// It answers 507 (full) or 503 (read-only) with `Retry-After`, in words a teacher understands,
/// as JSON for a client that prefers it. Nothing was saved, so trying again later is safe.
public struct StorageFailure: HTTPResponseError, Equatable, Sendable {
    /// Why the write was refused; the raw value labels the write-failure metric.
    public enum Cause: String, Sendable, CaseIterable {
        case full
        case readOnly = "read_only"
    }

    public let cause: Cause

    public init(_ cause: Cause) { self.cause = cause }

    /// The failure an `errno` of a write means, or nil when it means something else.
    public init?(errno code: Int32) {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: self.init(.full)
        case EROFS: self.init(.readOnly)
        default: return nil
        }
    }

    public var status: HTTPStatus { cause == .full ? .insufficientStorage : .serviceUnavailable }

    public var message: String {
        switch cause {
        case .full: "Cairn's storage is full; your work is not lost — try again later."
        case .readOnly: "Cairn cannot save anything right now (its storage is read-only); your work is not lost — try again later."
        }
    }

    /// The same answer as a plain `HTTPError`, for the server's own refusals.
    public var httpError: HTTPError { HTTPError(status, message: message, headers: ["Retry-After": "60"]) }

    public func response(for request: Request) -> Response { httpError.response(for: request) }
}

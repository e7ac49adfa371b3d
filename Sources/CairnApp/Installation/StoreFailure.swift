import CairnStore

/// What a failure of the database, the blob store or the upload area means to the people using
/// Cairn, so that the web can answer it without knowing the store's errors.
public enum StoreFailure: Equatable, Sendable {
    /// A row looked up is not there (also what another organization's rows look like).
    case notFound
    /// Two requests saved the same thing at once: a unique constraint refused the second.
    case savedMeanwhile
    /// The disk, a quota or a file-size limit is full.
    case full
    /// The database or its disk is read-only.
    case readOnly
    /// The database failed a read or write without saying why: the disk has to be looked at.
    case ioFailure
    /// A file could not be written or read, with the system's error number.
    case file(errno: Int32)

    /// The failure behind an error from the store, the blob store or the upload area; nil for any other error.
    public init?(_ error: any Error) {
        switch error {
        case let error as DatabaseError:
            switch error.kind {
            case .notFound: self = .notFound
            case .uniqueViolation: self = .savedMeanwhile
            case .storageFull: self = .full
            case .readOnly: self = .readOnly
            case .ioFailure: self = .ioFailure
            default: return nil
            }
        case let error as BlobStoreError:
            self = .file(errno: error.errno)
        case PartialUploads.Failure.io(_, let code):
            self = .file(errno: code)
        default:
            return nil
        }
    }

    /// Whether the failure is the disk's (full, read-only or failing) rather than the request's.
    public var isDisk: Bool {
        switch self {
        case .notFound, .savedMeanwhile: false
        case .full, .readOnly, .ioFailure, .file: true
        }
    }
}

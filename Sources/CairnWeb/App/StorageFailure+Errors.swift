import CairnHTTP
import CairnStore

extension StorageFailure {
    /// The storage failure behind an error from the database, the blob store or partial uploads; nil for any other error.
    ///
    /// A database I/O error does not say why, so the data directory is probed: full or read-only, or neither.
    init?(_ error: any Error, dataDirectory: String) {
        switch error {
        case let failure as StorageFailure:
            self = failure
        case let error as DatabaseError where error.kind == .storageFull:
            self.init(.full)
        case let error as DatabaseError where error.kind == .readOnly:
            self.init(.readOnly)
        case let error as DatabaseError where error.kind == .ioFailure:
            guard let failure = DataDirectoryProbe.problem(in: dataDirectory)?.storageFailure else { return nil }
            self = failure
        case let error as BlobStoreError:
            self.init(errno: error.errno)
        case PartialUploads.Failure.io(_, let code):
            self.init(errno: code)
        default:
            return nil
        }
    }
}

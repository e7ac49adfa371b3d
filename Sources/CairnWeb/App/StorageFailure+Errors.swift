import CairnApp
import CairnHTTP

extension StorageFailure {
    /// The storage failure behind an error from the database, the blob store or partial uploads; nil for any other error.
    ///
    /// A database I/O error does not say why, so the data directory is probed: full or read-only, or neither.
    init?(_ error: any Error, dataDirectory: String) {
        if let failure = error as? StorageFailure {
            self = failure
            return
        }
        switch StoreFailure(error) {
        case .full: self.init(.full)
        case .readOnly: self.init(.readOnly)
        case .ioFailure:
            guard let failure = DataDirectoryProbe.problem(in: dataDirectory)?.storageFailure else { return nil }
            self = failure
        case .file(let code): self.init(errno: code)
        case .notFound, .savedMeanwhile, nil: return nil
        }
    }
}

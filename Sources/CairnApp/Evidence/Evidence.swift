import CairnCore
import CairnStore

/// Opening evidence files: those `EvidenceAccess` lets in get a blob only when the evidence they
/// may see refers to it (content, poster or captions), so a hash alone opens nothing, and an
/// assessor never opens a draft that was not submitted.
public struct Evidence: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// A file to send: where its bytes are, and how the evidence presents it.
    public struct File: Sendable {
        /// The stored bytes' place on disk.
        public let path: String
        public let served: ServedBlob
    }

    /// The blob `hash` of the enrollment's evidence, when `member` may open it.
    ///
    /// - Throws: `EvidenceError.notFound` for an unknown enrollment or blob, another organization's,
    ///   or evidence the member may not open.
    public func file(_ hash: String, of enrollmentID: Enrollment.ID, for member: Member) throws -> File {
        let opened = try EvidenceAccess(store: store).open(enrollmentID, for: member)
        let items = try opened.items { try store.enrollments.workspace(of: opened.enrollment.id, in: opened.enrollment.organizationID) }
        guard let served = ServedBlob(hash, in: items), let id = BlobReference.ID(hash), let path = installation.blobs.path(for: id)
        else { throw EvidenceError.notFound }
        return File(path: path, served: served)
    }
}

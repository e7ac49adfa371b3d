import CairnCore
import CairnStore
import Foundation

/// Resumable uploads, as their owner sees them: start one within the limits and the storage
/// allowance, find it, record the bytes received, finish it into a blob, or drop it. The bytes
/// themselves wait in the web layer's partial files; this records where each upload stands.
public struct Uploads: Sendable {
    private let installation: Installation
    private let intake: BlobIntake

    /// - Parameter scratchDirectory: where poster frames of videos are written for a moment.
    public init(installation: Installation, scratchDirectory: String) {
        self.installation = installation
        intake = BlobIntake(installation: installation, scratchDirectory: scratchDirectory)
    }

    /// Starts an upload for the member, once its size and name are within the limits and it fits
    /// their storage allowance.
    ///
    /// - Throws: `UploadError` (size, name, too many at once), `StorageQuotaError`.
    public func start(filename: String, contentType: String, size: Int64, by member: Member) throws -> Upload {
        let person = member.person.id, organization = member.organization.id
        let inProgress = try installation.store.uploads.inProgressCount(person: person, organization: organization)
        try installation.configuration.uploadLimits.check(totalBytes: size, filename: filename, inProgress: inProgress)
        try StorageAllowance(installation: installation).checkRoom(for: size, person: person, organization: organization)
        let upload = Upload(organizationID: organization, personID: person, filename: filename, declaredContentType: contentType,
                            totalBytes: size, createdAt: installation.clock())
        try installation.store.uploads.insert(upload)
        return upload
    }

    /// The member's upload with this id, or nil (another person's or organization's is never found).
    public func find(_ id: Upload.ID, of member: Member) throws -> Upload? {
        try installation.store.uploads.fetch(id, person: member.person.id, organization: member.organization.id)
    }

    /// Records that the bytes up to `next` have arrived, if the upload still stood at `offset`.
    public func advance(_ id: Upload.ID, from offset: Int64, to next: Int64) throws -> Bool {
        try installation.store.uploads.advance(id, from: offset, to: next, at: installation.clock())
    }

    /// Turns the complete bytes in `fd` into a blob, describes it (type, video length, poster) and
    /// records the upload as finished; returns it so, or nil when it was dropped meanwhile.
    public func finish(_ upload: Upload, bytesIn fd: Int32) throws -> Upload? {
        var upload = upload
        let completion = try intake.take(fileDescriptor: fd, length: upload.totalBytes, filename: upload.filename,
                                         describedAs: "upload \(upload.id.rawValue)")
        guard try installation.store.uploads.complete(upload.id, as: completion, at: installation.clock()) else { return nil }
        upload.completed = completion
        return upload
    }

    /// Drops an upload's record (a finished one's blob stays while something names it).
    public func drop(_ id: Upload.ID) throws {
        try installation.store.uploads.delete(id)
    }
}

import CairnCore
import CairnStore
import Foundation

/// Files in the workspace, per requirement: added from a finished resumable upload or posted whole,
/// captions for a video, removal. A file is checked by its content against the requirement's limits
/// before it is kept; a video needs the educator's confirmation of consent.
extension Earning {
    /// A file coming into a requirement.
    public enum IncomingFile: Sendable {
        /// One of the educator's finished resumable uploads.
        case upload(Upload.ID)
        /// A file posted whole (without JavaScript), waiting at `path`.
        case posted(path: String, filename: String, size: Int64)
    }

    /// Adds the file to the requirement, once it fits its limits (a video with consent confirmed) and
    /// the requirement does not hold it already; returns it as added.
    ///
    /// - Parameter scratchDirectory: where a posted video's poster frame is written for a moment.
    /// - Throws: `EvidenceError.uploadNotFinished`, `.doesNotFit` (with the file and its problems),
    ///   `.fileAlreadyAdded`, `.tooManyFiles`; `StorageQuotaError` when a posted file does not fit
    ///   the educator's allowance.
    @discardableResult
    public func addFile(_ incoming: IncomingFile, consentConfirmed: Bool, to editable: EditableRequirement,
                        scratchDirectory: String) throws -> EvidenceFile {
        let enrollment = editable.enrollment, requirement = editable.requirement
        let (filename, completion, size) = try received(incoming, for: enrollment, scratchDirectory: scratchDirectory)
        let isVideo = completion.contentType.hasPrefix("video/")
        let file = EvidenceFile(sha256: completion.blobHash, filename: EvidenceFile.displayName(filename),
                                contentType: completion.contentType, size: size, videoDurationSeconds: completion.durationSeconds,
                                posterSHA256: completion.posterHash, consentConfirmed: isVideo && consentConfirmed)
        let problems = CompletenessCheck.problems(with: file, for: requirement)
        guard problems.isEmpty else { throw EvidenceError.doesNotFit(file, problems) }
        try installation.store.enrollments.updateEntry(requirement.id, of: enrollment.id, in: enrollment.organizationID,
                                                       at: installation.clock()) { item in
            guard !item.files.contains(where: { $0.sha256 == file.sha256 }) else {
                throw EvidenceError.fileAlreadyAdded(filename: file.filename, requirement: requirement.title)
            }
            guard item.files.count < EvidenceItem.maximumFiles else { throw EvidenceError.tooManyFiles(requirement: requirement.title) }
            item.files.append(file)
        }
        return file
    }

    /// The name, content and size of an incoming file, its bytes in the blob store.
    private func received(_ incoming: IncomingFile, for enrollment: Enrollment,
                          scratchDirectory: String) throws -> (String, Upload.Completion, Int64) {
        switch incoming {
        case .upload(let id):
            guard let upload = try installation.store.uploads.fetch(id, person: enrollment.educatorID, organization: enrollment.organizationID),
                  let completion = upload.completed
            else { throw EvidenceError.uploadNotFinished }
            return (upload.filename, completion, upload.totalBytes)
        case .posted(let path, let filename, let size):
            try StorageAllowance(installation: installation).checkRoom(for: size, person: enrollment.educatorID,
                                                                       organization: enrollment.organizationID)
            let (completion, stored) = try BlobIntake(installation: installation, scratchDirectory: scratchDirectory)
                .take(fileAt: path, filename: filename)
            return (filename, completion, stored)
        }
    }

    /// The requirement's workspace file with this blob.
    ///
    /// - Throws: `EvidenceError.notFound` when the requirement holds no such file.
    public func file(_ sha256: String, in editable: EditableRequirement) throws -> EvidenceFile {
        let enrollment = editable.enrollment
        guard let file = try installation.store.enrollments.workspace(of: enrollment.id, in: enrollment.organizationID)
            .entry(for: editable.requirement.id)?.files.first(where: { $0.sha256 == sha256 })
        else { throw EvidenceError.notFound }
        return file
    }

    /// Keeps the WebVTT file at `path` (`size` bytes) as the captions of the requirement's video
    /// `sha256` (replacing any).
    ///
    /// - Throws: `EvidenceError.notFound` when the requirement holds no such file; `.captionsNeedAVideo`,
    ///   `.captionsTooLarge` or `.notCaptions` for captions that cannot go with it.
    public func addCaptions(fileAt path: String, size: Int64, to sha256: String, in editable: EditableRequirement) throws {
        let enrollment = editable.enrollment
        let video = try file(sha256, in: editable)
        guard video.isVideo else { throw EvidenceError.captionsNeedAVideo(filename: video.filename) }
        guard size <= Int64(WebVTT.maximumBytes) else { throw EvidenceError.captionsTooLarge(size: size) }
        guard WebVTT.isWebVTT(FileHeader.read(atPath: path, count: WebVTT.maximumBytes)) else { throw EvidenceError.notCaptions }
        let captions = try installation.blobs.put(fileAt: path).id.hex
        try installation.store.enrollments.updateEntry(editable.requirement.id, of: enrollment.id, in: enrollment.organizationID,
                                                       at: installation.clock()) { item in
            guard let index = item.files.firstIndex(where: { $0.sha256 == sha256 }) else { throw EvidenceError.notFound }
            item.files[index].captionsSHA256 = captions
        }
    }

    /// Takes the file out of the requirement (a submission that holds it keeps it); returns it as removed.
    ///
    /// - Throws: `EvidenceError.notFound` when the requirement holds no such file.
    @discardableResult
    public func removeFile(_ sha256: String, from editable: EditableRequirement) throws -> EvidenceFile {
        let enrollment = editable.enrollment
        var removed: EvidenceFile?
        try installation.store.enrollments.updateEntry(editable.requirement.id, of: enrollment.id, in: enrollment.organizationID,
                                                       at: installation.clock()) { item in
            guard let file = item.files.first(where: { $0.sha256 == sha256 }) else { throw EvidenceError.notFound }
            item.files.removeAll { $0.sha256 == sha256 }
            removed = file
        }
        guard let removed else { throw EvidenceError.notFound }
        return removed
    }
}

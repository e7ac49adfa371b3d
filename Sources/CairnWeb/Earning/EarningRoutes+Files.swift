import CairnApp
import CairnCore
import CairnHTTP
import Foundation

/// Files in the workspace, per requirement: added from a finished resumable upload (`file_upload`,
/// with JavaScript; `pending_upload` when offered again after a refusal) or posted whole (`file`,
/// without), captions for a video, removal.
///
/// A file is checked by its content against the requirement's limits before it is kept; a video
/// needs the educator's confirmation of consent. Nothing changes once the enrollment is earned.
extension EarningRoutes {
    func registerFiles(in table: inout RouteTable) {
        table.add(EarningEndpoints.addFile, addFile)
        table.add(EarningEndpoints.saveCaptions, addCaptions)
        table.add(EarningEndpoints.removeFile, removeFile)
    }

    /// The keys of the file forms' fields (their ids and errors): unique on the page, while the
    /// names stay `file`, `consent` and `captions`.
    static func fileKey(_ requirementID: String) -> String { "file-" + requirementID }
    static func consentKey(_ requirementID: String) -> String { "consent-" + requirementID }
    static func captionsKey(_ requirementID: String, _ sha256: String) -> String { "captions-\(requirementID)-" + sha256.prefix(12) }

    /// Adds the chosen file to a requirement: 422 with the reason beside the field when it does not fit.
    func addFile(_ context: SignedIn, _ id: Enrollment.ID, _ requirementID: String) throws -> Response {
        guard let editable = try editableRequirement(context, id, requirementID) else { return refuseEarned(id) }
        let (enrollment, requirement) = (editable.enrollment, editable.requirement)
        let form = context.request.form
        let fileKey = Self.fileKey(requirement.id)
        var errors = FormErrors()
        var incoming: Earning.IncomingFile?
        // A new upload (JavaScript), else the file posted whole, else the upload kept from a refused post.
        let chosen = form["file_upload"].flatMap { $0.isEmpty ? nil : $0 }
        if chosen != nil || form.file("file")?.size ?? 0 == 0, let raw = chosen ?? form["pending_upload"].flatMap({ $0.isEmpty ? nil : $0 }) {
            if let uploadID = Upload.ID(raw) {
                incoming = .upload(uploadID)
            } else {
                errors.add(EvidenceError.uploadNotFinished.message, for: fileKey)
            }
        } else if let posted = form.file("file"), posted.size > 0 {
            incoming = .posted(path: posted.path, filename: posted.filename, size: posted.size)
        } else if form["file_upload"] != nil {
            errors.add("Choose a file and wait until its upload shows 100%, then press Add file.", for: fileKey)
        } else {
            errors.add("Choose a file to add.", for: fileKey)
        }
        var pending: PendingUpload?
        if let incoming {
            do {
                let file = try app.earning.addFile(incoming, consentConfirmed: form["consent"] == "yes", to: editable,
                                                   scratchDirectory: app.partialUploads.directory)
                return app.redirect(to: Self.filesAnchor(enrollment, requirement), .success, "Added \(file.filename) to “\(requirement.title)”.")
            } catch EvidenceError.doesNotFit(let file, let problems) {
                for problem in problems {
                    if case .consentNotConfirmed = problem.kind {
                        errors.add("Confirm that the students who appear in \(file.filename) have consent on file.",
                                   for: Self.consentKey(requirement.id))
                        if case .upload(let uploadID) = incoming {
                            pending = PendingUpload(requirementID: requirement.id, uploadID: uploadID, filename: file.filename)
                        }
                    } else if errors[fileKey] == nil {
                        errors.add(problem.message, for: fileKey)
                    }
                }
            } catch let refusal as EvidenceError {
                errors.add(refusal.message, for: fileKey)
            } catch let refusal as StorageQuotaError {
                errors.add(refusal.message, for: fileKey)
            }
        }
        if errors[fileKey] != nil { pending = nil }  // only a file refused for consent alone is kept
        return try render(context, enrollment.id, errors: errors, pendingUpload: pending, status: .unprocessableContent)
    }

    /// Adds (or replaces) a video's WebVTT captions: 422 beside the field for anything else.
    func addCaptions(_ context: SignedIn, _ id: Enrollment.ID, _ requirementID: String, _ blob: String) throws -> Response {
        guard let editable = try editableRequirement(context, id, requirementID) else { return refuseEarned(id) }
        let (enrollment, requirement) = (editable.enrollment, editable.requirement)
        let file = try app.earning.file(blob, in: editable)
        let key = Self.captionsKey(requirement.id, file.sha256)
        var errors = FormErrors()
        if let posted = context.request.form.file("captions"), posted.size > 0 {
            do {
                try app.earning.addCaptions(fileAt: posted.path, size: posted.size, to: file.sha256, in: editable)
                return app.redirect(to: Self.filesAnchor(enrollment, requirement), .success, "Captions added to \(file.filename).")
            } catch let refusal as EvidenceError {
                switch refusal {
                case .captionsNeedAVideo: errors.formMessage = refusal.message
                case .captionsTooLarge, .notCaptions: errors.add(refusal.message, for: key)
                default: throw refusal
                }
            }
        } else if !file.isVideo {
            errors.formMessage = EvidenceError.captionsNeedAVideo(filename: file.filename).message
        } else {
            errors.add("Choose a WebVTT (.vtt) captions file.", for: key)
        }
        return try render(context, enrollment.id, errors: errors, status: .unprocessableContent)
    }

    /// Takes a file out of the workspace (a submission that holds it keeps it).
    func removeFile(_ context: SignedIn, _ id: Enrollment.ID, _ requirementID: String, _ blob: String) throws -> Response {
        guard let editable = try editableRequirement(context, id, requirementID) else { return refuseEarned(id) }
        let (enrollment, requirement) = (editable.enrollment, editable.requirement)
        let file = try app.earning.removeFile(blob, from: editable)
        return app.redirect(to: Self.filesAnchor(enrollment, requirement), .success, "Removed \(file.filename) from “\(requirement.title)”.")
    }

    // MARK: Helpers

    /// A finished upload refused only for want of the consent confirmation: the form offers it
    /// again (`pending_upload`), so a large video is not uploaded twice.
    struct PendingUpload {
        let requirementID: String
        let uploadID: Upload.ID
        let filename: String
    }

    /// The signed-in educator's enrollment, its version and the requirement; nil once earned (the
    /// evidence no longer changes); 404 for another's enrollment or an unknown requirement.
    func editableRequirement(_ context: SignedIn, _ id: Enrollment.ID, _ requirementID: String) throws -> Earning.EditableRequirement? {
        do {
            return try app.earning.editable(requirementID, of: id, by: context.member)
        } catch EnrollmentError.evidenceLocked {
            return nil
        }
    }

    /// Back to the workspace, saying why nothing changed.
    func refuseEarned(_ id: Enrollment.ID) -> Response {
        app.redirect(to: EarningEndpoints.workspace.path(id), .error, EnrollmentError.evidenceLocked.message)
    }

    /// Where a requirement's files are on the workspace page.
    static func filesAnchor(_ enrollment: Enrollment, _ requirement: EvidenceRequirement) -> String {
        EarningEndpoints.workspace.path(enrollment.id) + "#files-" + requirement.id
    }
}

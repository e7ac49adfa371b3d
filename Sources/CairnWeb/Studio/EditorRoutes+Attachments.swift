import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// Files attached to the resources: added and removed from the editor's basics section, and served
/// to designers (the public URLs of a published version are in `CatalogRoutes`).
extension EditorRoutes {
    func registerAttachments(in table: inout RouteTable) {
        table.add(StudioEndpoints.saveAttachments, saveAttachments)
        table.add(StudioEndpoints.attachment, attachment)
    }

    /// The files form (`EditorAttachmentsForm`): `add` (or `save`, Enter) attaches the chosen file,
    /// checked by its content, at most 20 MB; `remove:<blob>` detaches one.
    ///
    /// A refused post is a 422 with the message beside the field, saving nothing.
    func saveAttachments(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let editor = try app.designing.editorPage(id, by: context.member)
        guard editor.version.isEditable else { return refuseNoDraft(context, editor) }
        let form = context.request.form
        var design = editor.version.design
        var errors = FormErrors()
        let action = EditorForm.Action(form["action"])
        switch action.verb {
        case "remove":
            guard let blob = action.target, let index = design.attachments.firstIndex(where: { $0.blob == blob }) else {
                errors.formMessage = "That file is no longer attached (it may have been removed in another window). Nothing was saved."
                break
            }
            let removed = design.attachments.remove(at: index)
            return try store(design, in: editor, context, then: .basics, "“\(removed.filename)” removed.")
        case "add", "save":
            guard let file = form.file("attachment"), file.size > 0 else {
                errors.add("Choose a file to attach.", for: "attachment")
                break
            }
            if design.attachments.count >= Attachment.maxCount {
                errors.add("A design can have at most \(Attachment.maxCount) files: remove one first.", for: "attachment")
                break
            }
            switch Self.format(of: file) {
            case .failure(let problem):
                errors.add(problem.message, for: "attachment")
            case .success(let format):
                let reference = try app.designing.keepFile(at: file.path, by: context.member)
                guard !design.attachments.contains(where: { $0.blob == reference.id.hex }) else {
                    errors.add("This file is attached already.", for: "attachment")
                    break
                }
                let attachment = Attachment(blob: reference.id.hex, filename: format.filename(from: file.filename),
                                            contentType: format.contentType, size: reference.size)
                design.attachments.append(attachment)
                return try store(design, in: editor, context, then: .basics, "“\(attachment.filename)” attached.")
            }
        default:
            errors.formMessage = "That button does not belong to the files form."
        }
        return app.render(page(context, editor, errors: errors), status: .unprocessableContent)
    }

    /// Why a file cannot be attached, as a designer reads it.
    struct AttachmentProblem: Error {
        let message: String
    }

    /// The format of an uploaded file, by its content (and, for Office files and text, its name).
    static func format(of file: UploadedFile) -> Result<AttachmentFormat, AttachmentProblem> {
        if file.size > Attachment.maxBytes {
            return .failure(AttachmentProblem(
                message: "The file is \(Wording.fileSize(file.size)); the largest accepted is 20 MB. Share a larger file as a link instead."))
        }
        guard let format = AttachmentFormat(sniffing: FileHeader.read(atPath: file.path, count: AttachmentFormat.headerLength),
                                            filename: file.filename) else {
            return .failure(AttachmentProblem(
                message: "This file is not one Cairn accepts: attach a PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx), PNG, JPEG or plain text (.txt) file."))
        }
        return .success(format)
    }

    /// A file attached to a version, for its designers: `?version=N`, or the latest draft's (else the latest version's).
    func attachment(_ context: SignedIn, _ id: Microcredential.ID, _ blob: String) throws -> Response {
        let file = try app.designing.attachment(blob, ofVersion: try chosenNumber(context), of: id, by: context.member)
        return app.serve(file, for: context.request, cacheControl: "private, no-cache")
    }
}

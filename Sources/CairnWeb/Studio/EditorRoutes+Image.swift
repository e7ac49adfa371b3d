import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The microcredential's image: uploaded, described and removed from the editor's basics section,
/// and served to its designers (the public URL of a published version is in `CatalogRoutes`).
extension EditorRoutes {
    func registerImage(in table: inout RouteTable) {
        table.add(StudioEndpoints.saveImage, saveImage)
        table.add(StudioEndpoints.image, image)
    }

    /// The image form (`EditorImageForm`): `save` stores a new image (checked by its content, at most
    /// 5 MB) with its alt text, or changes the alt text alone; `remove` drops the image.
    ///
    /// A refused post is a 422 with the message beside the field, saving nothing (not even the blob).
    func saveImage(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let editor = try app.designing.editorPage(id, by: context.member)
        guard editor.version.isEditable else { return refuseNoDraft(context, editor) }
        let form = context.request.form
        var design = editor.version.design
        var errors = FormErrors()
        let typedAlt = form["image_alt"] ?? ""
        switch EditorForm.Action(form["action"]).verb {
        case "remove":
            design.image = nil
            return try store(design, in: editor, context, then: .basics, "Image removed.")
        case "save":
            let alt = typedAlt.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if alt.isEmpty {
                errors.add("Describe the image for people who cannot see it: an image needs its alt text.", for: "image_alt")
            } else if alt.count > EditorForm.Limit.shortText {
                errors.add("Use at most \(Wording.count(EditorForm.Limit.shortText, "character")) (now \(alt.count)).", for: "image_alt")
            }
            let file = form.file("image").flatMap { $0.size > 0 ? $0 : nil }
            if let file {
                if let problem = Self.problem(with: file) { errors.add(problem, for: "image") }
            } else if design.image == nil {
                errors.add("Choose an image file: a PNG, JPEG, GIF or WebP picture.", for: "image")
            }
            guard errors.isEmpty else {
                return app.render(page(context, editor, errors: errors, typed: ["image_alt": typedAlt]),
                                  status: .unprocessableContent)
            }
            var image = design.image ?? DesignImage(alt: alt)
            image.alt = alt
            if let file { image.blob = try app.designing.keepFile(at: file.path, by: context.member).id.hex }
            design.image = image
            return try store(design, in: editor, context, then: .basics,
                             file == nil ? "Image description saved." : "Image uploaded.")
        default:
            errors.formMessage = "That button does not belong to the image form."
            return app.render(page(context, editor, errors: errors), status: .unprocessableContent)
        }
    }

    /// Why an uploaded file cannot be the image, or nil when it can.
    static func problem(with file: UploadedFile) -> String? {
        if file.size > DesignImage.maxBytes {
            return "The image is \(Wording.fileSize(file.size)); the largest accepted is 5 MB. Save it smaller and try again."
        }
        guard ImageFormat(sniffing: FileHeader.read(atPath: file.path, count: ImageFormat.headerLength)) != nil else {
            return "This file is not an image Cairn can show: choose a PNG, JPEG, GIF or WebP picture."
        }
        return nil
    }

    /// A version's image for its designers: `?version=N`, or the latest draft's (else the latest version's).
    /// Never cached without asking again: a draft's image changes.
    func image(_ context: SignedIn, _ id: Microcredential.ID) throws -> Response {
        let file = try app.designing.image(ofVersion: try chosenNumber(context), of: id, by: context.member)
        return app.serve(file, for: context.request, cacheControl: "private, no-cache")
    }

    /// The version number `?version=N` names, or nil (the latest draft, else the latest version); 404 for one that does not parse.
    func chosenNumber(_ context: SignedIn) throws -> Int? {
        guard let raw = context.request.query["version"] else { return nil }
        guard let number = EditorForm.parseInteger(raw), number > 0 else { throw WebError.notFound }
        return number
    }
}

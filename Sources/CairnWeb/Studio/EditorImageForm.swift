import CairnCore
import CairnHTML

/// The basics section's image form, a multipart form of its own posting to `/studio/:id/edit/image`.
///
/// Fields: `image` (the file: PNG, JPEG, GIF or WebP, at most 5 MB) and `image_alt` (required with an
/// image); buttons `action` = `save` (upload, or change the alt text alone) and `remove`. The alt
/// field's id is the checker's anchor `image-alt`.
struct EditorImageForm: HTML {
    let state: EditorState

    /// What the file picker offers; the server checks the content, whatever the name says.
    static let accept = ".png,.jpg,.jpeg,.gif,.webp,image/png,image/jpeg,image/gif,image/webp"

    var body: some HTML {
        let image = state.design.image
        let uploaded = image?.blob != nil
        div(.class("editor-image")) {
            h3 { "Image" }
            if let image, uploaded, let url = state.imageURL {
                img(.class("editor-image__preview detail__image"), .src(url), .alt(image.alt))
            } else if image != nil {
                p(.class("hint")) { "The alternative text is ready, but no image is uploaded yet (a design file carries no image)." }
            } else {
                p(.class("hint")) { "Optional: a picture for the catalog's card and page." }
            }
            PostForm(action: StudioEndpoints.saveImage.path(state.microcredentialID), csrfToken: state.csrfToken, multipart: true,
                     class: "stack editor-form") {
                FileField(label: uploaded ? "Replace the image" : "Image file", name: "image", accept: Self.accept,
                          hint: "PNG, JPEG, GIF or WebP, at most 5 MB.", error: state.errors["image"], required: image == nil)
                TextField(label: "Image description (alt text)", name: "image_alt", value: state.value("image_alt", image?.alt ?? ""),
                          hint: "What the image shows, for people who cannot see it. Required with an image.",
                          error: state.errors["image_alt"], required: true)
                div(.class("actions")) {
                    SubmitButton(uploaded ? "Save the image" : "Upload the image", name: "action", value: "save")
                    if image != nil {
                        SubmitButton("Remove the image", style: .danger, name: "action", value: "remove")
                    }
                }
            }
        }
    }
}

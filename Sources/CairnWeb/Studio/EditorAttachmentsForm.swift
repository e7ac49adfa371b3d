import CairnCore
import CairnHTML

/// The basics section's files form, a multipart form of its own posting to `/studio/:id/edit/attachments`.
///
/// Field `attachment` (one file: PDF, Word, PowerPoint, Excel, PNG, JPEG or plain text, at most 20 MB);
/// buttons `action` = `add` (also Enter) and `remove:<blob>` beside each attached file.
struct EditorAttachmentsForm: HTML {
    let state: EditorState

    /// What the file picker offers; the server checks the content, whatever the name says.
    static let accept = ".pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg,.txt"

    var body: some HTML {
        let attachments = state.design.attachments
        div(.class("editor-attachments"), .id("attachments")) {
            h3 { "Files" }
            p(.class("hint")) {
                "Handouts, templates and readings educators download with the resources. Design files do not carry them: attach them again after an import."
            }
            PostForm(action: StudioEndpoints.saveAttachments.path(state.microcredentialID), csrfToken: state.csrfToken, multipart: true,
                     class: "stack editor-form") {
                DefaultSaveButton()
                if !attachments.isEmpty {
                    AttachmentList(attachments: attachments, urls: state.attachmentURLs, removable: true)
                }
                FileField(label: "Attach a file", name: "attachment", accept: Self.accept,
                          hint: "PDF, Word, PowerPoint, Excel, PNG, JPEG or plain text; at most 20 MB.",
                          error: state.errors["attachment"])
                div(.class("actions")) {
                    SubmitButton("Attach the file", style: .secondary, name: "action", value: "add")
                }
            }
        }
    }
}

/// Attached files as a list: each a download link (when it has a URL) with its kind and size.
struct AttachmentList: HTML {
    let attachments: [Attachment]
    /// Blob → where it is served.
    let urls: [String: String]
    /// Whether each has a "Remove" button (`remove:<blob>`), inside the editor's files form.
    var removable = false

    var body: some HTML {
        ul(.class("link-list attachment-list")) {
            for attachment in attachments {
                li {
                    if let url = urls[attachment.blob] {
                        a(.href(url)) { attachment.filename }
                    } else {
                        span { attachment.filename }
                    }
                    span(.class("muted")) { " (\(Self.describe(attachment)))" }
                    if removable {
                        " "
                        ControlButton(text: "Remove", itemName: attachment.filename, value: "remove:\(attachment.blob)", style: "quiet")
                    }
                }
            }
        }
    }

    /// "PDF, 1.2 MB".
    static func describe(_ attachment: Attachment) -> String {
        let kind = AttachmentFormat(contentType: attachment.contentType)?.displayName ?? "File"
        return "\(kind), \(Wording.fileSize(attachment.size))"
    }
}

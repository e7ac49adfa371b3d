import CairnCore
import CairnHTML

/// A requirement's files in the workspace: each as an assessor will see it, with its remove button
/// and, for a video, the captions form; then the form adding a file (in resumable chunks with
/// `uploads.js`, posted whole without JavaScript) with the consent confirmation videos need.
struct WorkspaceFiles: HTML {
    let enrollmentID: Enrollment.ID
    let requirement: EvidenceRequirement
    let files: [EvidenceFile]
    let csrfToken: String
    let errors: FormErrors
    /// False once earned: the files are shown without forms.
    let canEdit: Bool
    /// This requirement's finished upload refused for want of consent, offered again.
    let pendingUpload: EarningRoutes.PendingUpload?

    /// The label of the consent checkbox.
    static let consentLabel = "Students who appear in this video have consent on file under our district’s policy"

    /// The extensions of the requirement's list that are videos.
    static let videoTypes: Set<String> = ["mp4", "mov", "webm", "m4v"]

    var limits: EvidenceLimits { requirement.limits }
    var takesVideo: Bool { limits.fileTypes.contains(where: Self.videoTypes.contains) }

    var body: some HTML {
        div(.class("workspace-files"), .id("files-\(requirement.id)")) {
            p(.class("requirement__label")) { "Files" }
            if files.isEmpty {
                p(.class("empty-state")) { "No files yet." }
            } else {
                ul(.class("evidence-files"), .aria(.label, "Files for “\(requirement.title)”")) {
                    for file in files { fileItem(file) }
                }
            }
            if canEdit && limits.acceptsFiles { addForm }
        }
    }

    func fileItem(_ file: EvidenceFile) -> some HTML {
        let captionsKey = EarningRoutes.captionsKey(requirement.id, file.sha256)
        return li(.class("evidence-file"), .id("file-\(requirement.id)-\(file.sha256.prefix(12))")) {
            EvidenceFileView(file: file, enrollmentID: enrollmentID)
            if canEdit {
                if file.isVideo {
                    PostForm(action: EarningEndpoints.saveCaptions.path(enrollmentID, requirement.id, file.sha256), csrfToken: csrfToken,
                             multipart: true, class: "stack captions-form") {
                        FileField(label: (file.captionsSHA256 == nil ? "Captions for " : "New captions for ") + file.filename,
                                  name: "captions", accept: ".vtt,text/vtt", hint: "A WebVTT file (.vtt), at most 1 MB.",
                                  error: errors[captionsKey], key: captionsKey)
                        SubmitButton(file.captionsSHA256 == nil ? "Add captions" : "Replace captions", style: .secondary)
                    }
                }
                PostForm(action: EarningEndpoints.removeFile.path(enrollmentID, requirement.id, file.sha256), csrfToken: csrfToken,
                         class: "remove-file-form") {
                    SubmitButton("Remove \(file.filename)", style: .danger)
                }
            }
        }
    }

    var addForm: some HTML {
        let fileKey = EarningRoutes.fileKey(requirement.id), consentKey = EarningRoutes.consentKey(requirement.id)
        return PostForm(action: EarningEndpoints.addFile.path(enrollmentID, requirement.id), csrfToken: csrfToken, multipart: true,
                        class: "stack evidence-file-form") {
            if let pendingUpload {
                input(.type(.hidden), .name("pending_upload"), .value(pendingUpload.uploadID.rawValue))
                p(.class("notice pending-upload")) {
                    "\(pendingUpload.filename) is uploaded: confirm consent below and press Add file, or choose another file."
                }
            }
            FileField(label: "Add a file to “\(requirement.title)”", name: "file",
                      accept: limits.fileTypes.map { "." + $0 }.joined(separator: ","),
                      hint: (limits.fileSentences + [
                          "Cairn checks what the file contains, not its name.",
                          takesVideo ? "Large videos upload in parts and pick up again after a lost connection." : nil,
                      ].compactMap { $0 }).joined(separator: " "),
                      error: errors[fileKey], required: false, key: fileKey, resumable: true)
            if takesVideo {
                CheckboxGroup(legend: "Consent for videos", name: "consent",
                              choices: [Choice(value: "yes", label: Self.consentLabel)],
                              hint: "Needed for every video: without it the video is not added.", error: errors[consentKey], key: consentKey)
            }
            SubmitButton("Add file", style: .secondary)
        }
    }
}

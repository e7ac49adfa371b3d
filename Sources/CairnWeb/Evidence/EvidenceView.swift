import CairnCore
import CairnHTML

/// Evidence as an assessor, coach or the educator reads it, requirement by requirement in the
/// design's order: the text (Markdown), the links, and the files (videos play, images show,
/// documents download). Read-only; place it under an `<h2>`: each requirement is an `<h3>`.
///
/// `items` are a submission snapshot's items or a workspace's entries; those of requirements the
/// design does not have, and empty ones, are left out.
struct EvidenceView: HTML {
    let design: Design
    let items: [EvidenceItem]
    let enrollmentID: Enrollment.ID

    init(design: Design, items: [EvidenceItem], enrollmentID: Enrollment.ID) {
        self.design = design
        self.items = items
        self.enrollmentID = enrollmentID
    }

    /// The `id` of a video's `<video>` element: `video-` and the first 12 hex digits of its SHA-256.
    static func videoElementID(sha256: String) -> String { "video-" + sha256.prefix(12) }

    /// The `id` of a requirement's block, for links to it.
    static func requirementElementID(_ requirementID: String) -> String { "evidence-" + requirementID }

    /// The requirements that have evidence, with their item, in the design's order.
    var shown: [(EvidenceRequirement, EvidenceItem)] {
        design.requirements.compactMap { requirement in
            items.first { $0.requirementID == requirement.id && !$0.isEmpty }.map { (requirement, $0) }
        }
    }

    var body: some HTML {
        div(.class("evidence")) {
            let shown = self.shown
            if shown.isEmpty { p(.class("empty-state")) { "No evidence yet." } }
            for (requirement, item) in shown {
                let id = Self.requirementElementID(requirement.id)
                article(.class("evidence-item"), .id(id), .aria(.labelledby, id + "-heading")) {
                    h3(.id(id + "-heading")) { requirement.title }
                    p(.class("evidence-item__meta")) {
                        requirement.kind.displayName
                        if !item.text.isEmpty { " · " + Wording.count(item.wordCount, "word") }
                    }
                    EvidenceTextView(item: item, requirementTitle: requirement.title)
                    if !item.files.isEmpty {
                        ul(.class("evidence-files"), .aria(.label, "Files for “\(requirement.title)”")) {
                            for file in item.files { li(.class("evidence-file")) { EvidenceFileView(file: file, enrollmentID: enrollmentID) } }
                        }
                    }
                }
            }
        }
    }
}

/// An evidence item's text (Markdown) and links, read-only.
struct EvidenceTextView: HTML {
    let item: EvidenceItem
    let requirementTitle: String

    var body: some HTML {
        div(.class("evidence-text")) {
            if !item.text.allSatisfy(\.isWhitespace) { MarkdownBlock(item.text, baseHeadingLevel: 4) }
            if !item.links.isEmpty {
                ul(.class("evidence-links"), .aria(.label, "Links for “\(requirementTitle)”")) {
                    for link in item.links { li { a(SafeURL(userLink: link).map { .href($0) }) { link } } }
                }
            }
        }
    }
}

/// One evidence file: a video with its poster and captions, an image, or a document to download.
struct EvidenceFileView: HTML {
    /// Where a file's blobs are served: behind the session for an enrollment's evidence, or publicly
    /// for an item of a credential's public evidence.
    enum Address {
        case enrollment(Enrollment.ID)
        case credential(IssuedCredential.ID, item: Int)

        /// The path of the blob `hash` (content, poster or captions) of the file.
        func path(_ hash: String) -> String {
            switch self {
            case .enrollment(let id): EvidenceEndpoints.file.path(id, hash)
            case .credential(let id, let item): CredentialEndpoints.evidenceFile.path(id, item, hash)
            }
        }
    }

    let file: EvidenceFile
    let address: Address

    init(file: EvidenceFile, enrollmentID: Enrollment.ID) { (self.file, self.address) = (file, .enrollment(enrollmentID)) }
    init(file: EvidenceFile, address: Address) { (self.file, self.address) = (file, address) }

    var url: String { address.path(file.sha256) }
    var isImage: Bool { ["image/png", "image/jpeg", "image/gif", "image/webp"].contains(file.contentType) }

    /// "PDF, 1.2 MB" or, for a video, "MP4, 350 MB, 4 min 12 s".
    var details: String {
        let kind = file.fileExtension.isEmpty ? "file" : file.fileExtension.uppercased()
        var parts = [kind, Wording.fileSize(file.size)]
        if let seconds = file.videoDurationSeconds { parts.append(Self.duration(seconds)) }
        return parts.joined(separator: ", ")
    }

    /// "45 s", "4 min 12 s", "1 h 2 min".
    static func duration(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(min(max(seconds, 0), VideoComment.maximumSeconds).rounded()) : 0
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min" + (total % 60 == 0 ? "" : " \(total % 60) s") }
        return "\(total / 3600) h" + ((total % 3600) / 60 == 0 ? "" : " \((total % 3600) / 60) min")
    }

    var body: some HTML {
        if file.isVideo {
            video(.id(EvidenceView.videoElementID(sha256: file.sha256)), .class("evidence-video"), .controls, .preload("metadata"),
                  file.posterSHA256.flatMap { .poster(address.path($0)) },
                  .aria(.label, "Video: \(file.filename)")) {
                // Browsers skip a <source> whose declared type they do not know (QuickTime): leave it out then.
                source(.src(url), file.contentType == "video/mp4" || file.contentType == "video/webm" ? .type(file.contentType) : nil)
                if let captions = file.captionsSHA256 {
                    track(.kind("captions"), .src(address.path(captions)), .srclang("en"), .label("English"), .default)
                }
                a(.href(url)) { "Download \(file.filename)" }
            }
        } else if isImage {
            img(.class("evidence-image"), .src(url), .alt("Image evidence: \(file.filename)"))
        }
        p(.class("evidence-file__meta")) {
            a(.href(url), .class("evidence-file__link")) { file.filename }
            " (\(details))"
            if file.isVideo && file.captionsSHA256 != nil { " · captions" }
        }
    }
}

import CairnCore
import CairnHTTP
import CairnStore

/// Evidence files, served to those `EvidenceAccess` lets in: the blob must be one the evidence they
/// may see refers to (content, poster or captions), so a hash alone opens nothing, and an
/// assessor never opens a draft that was not submitted.
struct EvidenceRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(EvidenceEndpoints.file, file)
    }

    /// One file with its stored type, byte ranges for seeking, private caching, and as a download
    /// unless the browser shows it itself (video, audio, images, captions).
    func file(_ context: SignedIn, _ enrollmentID: Enrollment.ID, _ hash: String) throws -> Response {
        let opened = try EvidenceAccess(store: app.store).open(enrollmentID, for: context.member)
        let items = try opened.items { try app.store.enrollments.workspace(of: opened.enrollment.id, in: opened.enrollment.organizationID) }
        guard let served = ServedBlob(hash, in: items),
              let id = BlobReference.ID(hash), let path = app.blobs.path(for: id)
        else { throw WebError.notFound }
        var response = FileResponse.serve(path: path, contentType: served.contentType, request: context.request,
                                          cacheControl: "private, no-cache")
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Content-Disposition", App.contentDisposition(filename: served.filename, inline: served.isInline))
        return response
    }
}

/// What a blob is to the evidence referring to it: a file's content, its poster or its captions.
struct ServedBlob: Equatable {
    let contentType: String
    let filename: String

    /// Types a browser shows in the page; anything else is downloaded.
    static let inlineTypes: Set<String> = ["image/png", "image/jpeg", "image/gif", "image/webp", "text/vtt"]

    /// Whether the browser may show it in place (media, and captions) rather than download it.
    var isInline: Bool {
        let type = contentType.split(separator: ";").first.map { String($0).lowercased() } ?? ""
        return type.hasPrefix("video/") || type.hasPrefix("audio/") || Self.inlineTypes.contains(type)
    }

    /// The blob `hash` as the first item file referring to it presents it; nil when none does.
    init?(_ hash: String, in items: [EvidenceItem]) {
        for file in items.flatMap(\.files) {
            let stem = file.filename.split(separator: ".").dropLast().joined(separator: ".")
            let base = stem.isEmpty ? file.filename : stem
            if file.sha256 == hash {
                (contentType, filename) = (file.contentType, file.filename)
            } else if file.posterSHA256 == hash {
                (contentType, filename) = ("image/jpeg", base + "-poster.jpg")
            } else if file.captionsSHA256 == hash {
                (contentType, filename) = ("text/vtt; charset=utf-8", base + ".vtt")
            } else {
                continue
            }
            return
        }
        return nil
    }
}

import CairnApp
import CairnCore
import CairnHTTP

/// Evidence files, served to those the evidence use case lets in (`Evidence.file`).
struct EvidenceRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(EvidenceEndpoints.file, file)
    }

    /// One file with its stored type, byte ranges for seeking, private caching, and as a download
    /// unless the browser shows it itself (video, audio, images, captions).
    func file(_ context: SignedIn, _ enrollmentID: Enrollment.ID, _ hash: String) throws -> Response {
        let file = try app.evidence.file(hash, of: enrollmentID, for: context.member)
        var response = FileResponse.serve(path: file.path, contentType: file.served.contentType, request: context.request,
                                          cacheControl: "private, no-cache")
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Content-Disposition", App.contentDisposition(filename: file.served.filename, inline: file.served.isInline))
        return response
    }
}

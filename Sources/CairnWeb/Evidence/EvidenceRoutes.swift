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
        app.serve(try app.evidence.file(hash, of: enrollmentID, for: context.member), for: context.request, cacheControl: "private, no-cache")
    }
}

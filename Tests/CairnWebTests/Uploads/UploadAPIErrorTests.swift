import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// The upload API answers every refusal in JSON, as `docs/uploads.md` says, whatever refused it
/// (the CSRF check, the access rule, a missing upload); a browser without a session is sent to sign in.
@Suite struct UploadAPIErrorTests {
    typealias Uploader = UploadTests.Uploader

    struct Problem: Decodable { let error: String }

    static func expectJSON(_ response: TestResponse, _ status: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.header("Content-Type")?.hasPrefix("application/json") == true, "\(response.text.prefix(200))",
                sourceLocation: sourceLocation)
        #expect((try? JSONDecoder().decode(Problem.self, from: Data(response.body)))?.error.isEmpty == false, sourceLocation: sourceLocation)
    }

    @Test func refusalsAreJSONForTheUploadClient() throws {
        try TestApp.with { app in
            let uploader = try Uploader(app)
            let location = try #require(try uploader.create("a.mp4", size: 100).location)
            Self.expectJSON(try uploader.create("b.mp4", size: 100, csrf: false), 403)
            Self.expectJSON(try uploader.chunk(location, at: 0, [1, 2, 3], csrf: false), 403)
            Self.expectJSON(try uploader.client.get("/uploads/not-an-upload"), 404)
            Self.expectJSON(try Uploader(app, "mei.chen@riverbend.example").chunk(location, at: 0, [1, 2, 3]), 404)
            Self.expectJSON(try Uploader(app, "assessor@riverbend.example").create("c.mp4", size: 100), 403)
        }
    }

    @Test func withoutASessionABrowserIsSentToSignInAndAScriptGetsJSON() throws {
        try TestApp.with { app in
            let location = try #require(try Uploader(app).create("a.mp4", size: 100).location)
            let page = try app.client().get(location, headers: [("Accept", "text/html,application/xhtml+xml")])
            #expect(page.status == 303)
            #expect(page.location?.hasPrefix("/signin") == true)
            Self.expectJSON(try app.client().get(location, headers: [("Accept", "application/json")]), 401)
        }
    }
}

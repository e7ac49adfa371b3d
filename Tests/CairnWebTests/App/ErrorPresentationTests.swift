import CairnCore
import CairnHTTP
@testable import CairnWeb
import Foundation
import Testing

/// One middleware presents every `DomainError` the same way: its kind's status, its message, its field.
@Suite struct ErrorPresentationTests {
    static let middleware = ErrorPageMiddleware(logger: Logger(sink: { _ in }), metrics: Metrics(), dataDirectory: "/nonexistent",
                                                isDevelopment: false)

    static func answer(_ error: any Error, json: Bool) throws -> Response {
        let headers: HTTPHeaders = json ? ["Accept": "application/json"] : HTTPHeaders()
        return try middleware.handle(Request(target: "/studio/import", headers: headers)) { _ in throw error }
    }

    /// The bytes of a response built in memory, as text.
    static func text(_ response: Response) -> String {
        guard case .bytes(let bytes) = response.body else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        (ReviewError.claimExpired as any DomainError & Sendable, 409),
        (ReviewError.assessorIsAuthor, 403),
        (ReviewError.submissionNotFound, 404),
        (LifecycleError.draftChangedMeanwhile, 409),
        (DesignFileError.missingKey(path: "design.title"), 422),
        (UploadError.tooLarge(maximum: 1024), 413),
        (WebError.badRequest("That id is not one Cairn made."), 400),
    ])
    func jsonClientsReadTheMessageAndFieldWithTheKindsStatus(_ error: any DomainError & Sendable, _ status: Int) throws {
        let response = try Self.answer(error, json: true)
        #expect(response.status.code == status)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(Self.text(response).utf8)) as? [String: Any])
        #expect(body["error"] as? String == error.message)
        #expect(body["field"] as? String == error.field)
    }

    @Test func aPageShowsTheMessageUnderTheKindsHeading() throws {
        let response = try Self.answer(ReviewError.claimExpired, json: false)
        let html = Self.text(response)
        #expect(response.status.code == 409)
        #expect(html.contains("That didn&#39;t go through") || html.contains("That didn't go through"))
        #expect(html.contains("Your claim on this submission has run out"))
    }

    @Test func aFieldIsGivenForTheDesignFilesPath() {
        #expect(DesignFileError.missingKey(path: "design.title").field == "design.title")
        #expect(DesignFileError.wrongFormat(nil).field == nil)
    }

    @Test func tooManyAttemptsSaysWhenToTryAgain() throws {
        let response = try Self.answer(WebError.tooManyRequests(retryAfterSeconds: 90), json: false)
        #expect(response.status.code == 429)
        #expect(response.headers["Retry-After"] == "90")
        #expect(Self.text(response).contains("try again in 2 minutes"))
    }
}

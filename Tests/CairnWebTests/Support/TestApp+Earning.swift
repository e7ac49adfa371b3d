import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Earning and review behind the pages: a published text-only microcredential, enrollments, submissions and decisions.
extension TestApp {
    /// Publishes a microcredential `slug` in Riverbend with one reflection (r1) and one criterion (c1) on the default scale.
    @discardableResult
    func publishTextOnly(_ slug: String, title: String) throws -> MicrocredentialVersion {
        let organization = try organization("riverbend")
        let design = Design.reflection(title: title, criteria: [("c1", "Reflection")], maxWords: 100)
        let designer = try member("designer@riverbend.example")
        let version = try store.microcredentials.create(
            Microcredential(organizationID: organization.id, slug: slug, createdAt: Date(), createdBy: designer.person.id), design: design)
        try store.microcredentials.transition(version.id, to: .published, at: Date(), in: organization.id)
        return try #require(try store.microcredentials.latestPublished(of: version.microcredentialID, in: organization.id))
    }

    /// Enrolls `email` in `slug` through the catalog; returns the workspace path `/earn/<id>`.
    func enroll(_ browser: HTTPTestClient, in slug: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let enrolled = try browser.post("/o/riverbend/microcredentials/\(slug)/enroll", form: [("_csrf", try browser.csrfToken())])
        #expect(enrolled.status == 303, sourceLocation: sourceLocation)
        return String(try #require(enrolled.location, sourceLocation: sourceLocation).split(separator: "#")[0])
    }

    /// Writes the reflection and submits the workspace at `path` through the pages.
    func submit(_ browser: HTTPTestClient, workspace path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let csrf = try browser.csrfToken()
        #expect(try browser.post(path + "/evidence/r1", form: [("_csrf", csrf), ("text-r1", "What I learned."), ("links-r1", "")]).status == 303,
                sourceLocation: sourceLocation)
        let submitted = try browser.post(path + "/submit", form: [("_csrf", csrf)])
        #expect(submitted.status == 303 && submitted.location == path, sourceLocation: sourceLocation)
    }

    /// The enrollment behind a workspace path.
    func enrollment(at path: String) throws -> Enrollment {
        try store.enrollments.find(Enrollment.ID(rawValue: String(path.dropFirst("/earn/".count))), in: organization("riverbend").id)
    }

    /// Claims the enrollment's waiting submission for `assessor` and decides it at level `level` of c1
    /// through `Reviewing`, with the notifications of the decision.
    @discardableResult
    func decideLatest(of enrollment: Enrollment, by assessor: String, level: String) throws -> (Review, Submission) {
        let organizationID = enrollment.organizationID
        let assessor = try member(assessor)
        let waiting = try #require(try store.submissions.submissions(of: enrollment.id, in: organizationID).last)
        try store.submissions.claim(waiting.id, by: assessor.person.id, in: organizationID, at: Date())
        let decided = try app.reviewing.decide(try app.reviewing.open(waiting.id, by: assessor), .init(
            scores: [ScoreEntry(criterionID: "c1", levelID: level, feedback: "Noted.")], summary: "", override: nil))
        return (decided.review, try store.submissions.find(waiting.id, in: organizationID))
    }

    /// Lets `email` assess the microcredential `slug` (every microcredential when nil).
    func assign(_ email: String, toAssess slug: String?) throws {
        try store.submissions.addAssessor(try member(email).person.id, for: try slug.map { try microcredential($0).id },
                                          in: organization("riverbend").id)
    }
}

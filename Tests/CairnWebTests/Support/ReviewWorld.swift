import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// A published microcredential "Questioning" in Riverbend with a written reflection and a classroom
/// video judged by two criteria; Samuel Osei (assessor@) and a second assessor, Rosa Diaz, assess
/// it; Luis Ortega assesses only Formative Assessment. Educators submit through the store.
struct ReviewWorld {
    static let video = EvidenceFile(sha256: String(repeating: "b", count: 64), filename: "lesson.mp4", contentType: "video/mp4",
                                    size: 5_000_000, videoDurationSeconds: 300, consentConfirmed: true)
    static let assessor = "assessor@riverbend.example"
    static let secondAssessor = "rosa.diaz@riverbend.example"
    static let otherAssessor = "luis.ortega@riverbend.example"
    static let educator = "educator@riverbend.example"

    let app: TestApp
    let organization: Organization
    let microcredential: Microcredential
    let version: MicrocredentialVersion

    static var design: Design {
        var design = Design.blank(title: "Questioning")
        design.summary = "Ask questions that make thinking visible."
        design.competency = "The educator plans and asks higher-order questions."
        design.subjects = ["Instruction"]
        design.gradeBands = [.k2]
        design.estimatedHours = 4
        design.creditHours = 1
        design.objectives = [LearningObjective(id: "o1", statement: "Plan questions."), LearningObjective(id: "o2", statement: "Ask them.")]
        design.parts = [RequirementPart(id: "p1", title: "Evidence", requirements: [
            EvidenceRequirement(id: "r1", kind: .reflection, title: "Reflection", prompt: "Reflect on the lesson.",
                                limits: EvidenceLimits(maxWords: 500), objectiveIDs: ["o1"]),
            EvidenceRequirement(id: "r2", kind: .classroomVideo, title: "Classroom video", prompt: "Film the questioning.",
                                limits: EvidenceLimits(fileTypes: ["mp4"], maxFileMegabytes: 100, maxVideoMinutes: 10), objectiveIDs: ["o2"]),
        ])]
        func descriptors(_ criterion: String) -> [String: String] {
            Dictionary(uniqueKeysWithValues: Level.defaultScale.map { ($0.id, "\(criterion) at \($0.name).") })
        }
        design.rubric.criteria = [
            Criterion(id: "plan", title: "Planning", objectiveIDs: ["o1"], requirementIDs: ["r1"], descriptors: descriptors("Planning")),
            Criterion(id: "ask", title: "Asking", objectiveIDs: ["o2"], requirementIDs: ["r2"], descriptors: descriptors("Asking")),
        ]
        return design
    }

    init(_ app: TestApp) throws {
        self.app = app
        organization = try app.organization("riverbend")
        let designer = try app.member("designer@riverbend.example")
        microcredential = Microcredential(organizationID: organization.id, slug: "questioning", createdAt: Date(), createdBy: designer.person.id)
        let draft = try app.store.microcredentials.create(microcredential, design: Self.design)
        version = try app.store.microcredentials.transition(draft.id, to: .published, at: Date(), in: organization.id)
        let rosa = Person(email: try EmailAddress(Self.secondAssessor), displayName: "Rosa Diaz", createdAt: Date())
        try app.store.members.createPerson(rosa, passwordHash: try app.app.installation.passwords.hash(TestApp.password))
        try app.store.members.addMembership(Membership(organizationID: organization.id, personID: rosa.id, roles: [.assessor], createdAt: Date()))
        try app.store.submissions.addAssessor(try app.member(Self.assessor).person.id, for: microcredential.id, in: organization.id)
        try app.store.submissions.addAssessor(rosa.id, for: microcredential.id, in: organization.id)
        try app.store.submissions.addAssessor(try app.member(Self.otherAssessor).person.id, for: try app.microcredential("formative-assessment").id,
                                              in: organization.id)
    }

    /// Enrolls the educator, fills the workspace (the text given and the video) and submits it.
    @discardableResult
    func submit(by email: String = ReviewWorld.educator, text: String = "I planned three hinge questions.", at date: Date = Date()) throws -> Submission {
        let educator = try app.member(email)
        let enrollment = Enrollment(organizationID: organization.id, educatorID: educator.person.id, microcredentialID: microcredential.id,
                                    versionID: version.id, startedAt: date)
        try app.store.enrollments.enroll(enrollment)
        try fill(enrollment.id, text: text, at: date)
        return try app.store.submissions.submit(enrollment.id, in: organization.id, at: date)
    }

    func fill(_ enrollmentID: Enrollment.ID, text: String, at date: Date = Date()) throws {
        try app.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: text), to: enrollmentID, in: organization.id, at: date)
        try app.store.enrollments.save(try EvidenceItem(requirementID: "r2", files: [Self.video]), to: enrollmentID, in: organization.id, at: date)
    }

    /// The review page path of a submission.
    func reviewPath(_ submission: Submission) -> String { "/review/" + submission.id.rawValue }

    /// The assessor claims the submission through the queue's button.
    func claim(_ submission: Submission, as client: HTTPTestClient) throws -> TestResponse {
        try client.submit("/review", to: reviewPath(submission) + "/claim", [])
    }

    /// Every criterion at `level`, with feedback.
    static func levels(_ level: String) -> [(String, String)] {
        [("level_plan", level), ("feedback-plan", "Planning feedback."), ("level_ask", level), ("feedback-ask", "Asking feedback.")]
    }
}

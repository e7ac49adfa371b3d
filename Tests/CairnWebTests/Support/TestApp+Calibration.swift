import CairnCore
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// A text-only microcredential with two criteria, and decided submissions made through the store,
/// for the calibration, second scoring and agreement tests.
extension TestApp {
    /// Two criteria on one reflection: `c1` “Alignment” and `c2` “Adjustment”.
    static var calibrationDesign: Design {
        Design.reflection(title: "Reflective practice", criteria: [("c1", "Alignment"), ("c2", "Adjustment")], maxWords: 500)
    }

    /// Creates the calibration microcredential in `state` (published by default) in riverbend.
    @discardableResult
    func calibrationMicrocredential(slug: String = "reflective-practice", state: LifecycleState = .published) throws -> MicrocredentialVersion {
        let organization = try organization("riverbend")
        let designer = try member("designer@riverbend.example")
        let version = try store.microcredentials.create(
            Microcredential(organizationID: organization.id, slug: slug, createdAt: Date(), createdBy: designer.person.id),
            design: Self.calibrationDesign)
        return try store.microcredentials.transition(version.id, to: state, at: Date(), in: organization.id)
    }

    /// Lets `email` assess the microcredential of `version`.
    func assign(_ email: String, to version: MicrocredentialVersion) throws {
        try store.submissions.addAssessor(try member(email).person.id, for: version.microcredentialID, in: organization("riverbend").id)
    }

    /// A submission of `educator` with `text`, claimed and decided by `assessor` with `levels` (criterion → level).
    @discardableResult
    func decidedSubmission(of version: MicrocredentialVersion, by educator: String, text: String = "I asked better questions.",
                           assessor: String = "assessor@riverbend.example", levels: [String: String],
                           feedback: String = "", pilot: Bool = false) throws -> Submission {
        let organization = try organization("riverbend").id
        let enrollment = Enrollment(organizationID: organization, educatorID: try member(educator).person.id,
                                    microcredentialID: version.microcredentialID, versionID: version.id, isPilot: pilot, startedAt: Date())
        try store.enrollments.enroll(enrollment)
        try store.enrollments.save(try EvidenceItem(requirementID: "r1", text: text), to: enrollment.id, in: organization, at: Date())
        let submission = try store.submissions.submit(enrollment.id, in: organization, at: Date())
        let assessorID = try member(assessor).person.id
        try store.submissions.addAssessor(assessorID, for: version.microcredentialID, in: organization)
        try store.submissions.claim(submission.id, by: assessorID, in: organization, at: Date())
        try store.reviews.decide(submission.id, by: assessorID,
                                 scores: levels.sorted { $0.key < $1.key }.map { ScoreEntry(criterionID: $0.key, levelID: $0.value, feedback: feedback) },
                                 summary: feedback, in: organization, at: Date())
        return try store.submissions.find(submission.id, in: organization)
    }

    /// Gives the lakeside admin (admin and designer there) the assessor role as well, for "another organization" checks.
    func makeLakesideAdminAnAssessor() throws {
        let lakeside = try organization("lakeside")
        let admin = try member("admin@lakeside.example", in: "lakeside")
        try store.members.setRoles([.admin, .designer, .assessor], of: admin.membership.id, in: lakeside.id)
    }
}

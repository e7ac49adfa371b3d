@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The demo's riverbend on SQLite in a fresh directory, with a one-criterion reflection
/// microcredential that the demo assessor assesses, for the use cases' tests.
struct RiverbendWorld {
    let installation: Installation
    let riverbend: Organization
    let version: MicrocredentialVersion
    /// The mails and notification records are checked through the store.
    var store: Store { installation.store }

    static let links = NotificationLinks(reviewQueue: "/review", coachCohort: "/#coach-cohort", settings: "/settings/notifications",
                                         workspace: { "/earn/\($0.rawValue)" }, feedback: { "/earn/\($0.rawValue)/feedback/\($1.rawValue)" },
                                         credential: { "/credentials/\($0.rawValue)" })

    /// Opens the world (its installation configured further by `configure`, signing credentials with
    /// `signer`), runs `body`, and removes the directory.
    static func with(configure: (inout AppConfiguration) -> Void = { _ in }, signer: any CredentialSigning = DataIntegrityCredentialSigner(),
                     _ body: (RiverbendWorld) throws -> Void) throws {
        try TemporaryInstallation.with(configure: configure, signer: signer) { installation in try with(installation, body) }
    }

    private static func with(_ installation: Installation, _ body: (RiverbendWorld) throws -> Void) throws {
        _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
        let store = installation.store
        let riverbend = try store.organizations.find(slug: "riverbend")
        let designer = try member("designer@riverbend.example", in: riverbend, store: store)
        let created = try store.microcredentials.create(
            Microcredential(organizationID: riverbend.id, slug: "reflective-practice", createdAt: Date(), createdBy: designer.person.id),
            design: reflection)
        let version = try store.microcredentials.transition(created.id, to: .published, at: Date(), in: riverbend.id)
        let world = RiverbendWorld(installation: installation, riverbend: riverbend, version: version)
        try store.submissions.addAssessor(try world.member("assessor@riverbend.example").person.id, for: version.microcredentialID, in: riverbend.id)
        try body(world)
    }

    /// Notifications whose failures fail the test.
    var notifications: Notifications { Self.notifications(of: installation) }

    /// Notifications of an installation whose failures fail the test.
    static func notifications(of installation: Installation) -> Notifications {
        Notifications(installation: installation, links: links) { event, error in Issue.record("notification \(event) failed: \(error)") }
    }

    var reviewing: Reviewing { Reviewing(installation: installation, notifications: notifications) }
    var credentials: Credentials { Credentials(installation: installation, notifications: notifications) }
    var earning: Earning { Earning(installation: installation, notifications: notifications) }

    func member(_ email: String) throws -> Member { try Self.member(email, in: riverbend, store: store) }

    static func member(_ email: String, in organization: Organization, store: Store) throws -> Member {
        let person = try #require(try store.members.fetchPerson(email: EmailAddress(email)))
        return try store.members.findMember(person: person.id, organization: organization.id)
    }

    /// A new attempt of `educator`'s enrollment (started on first use), waiting in the queue.
    @discardableResult
    func submission(by educator: String = "educator@riverbend.example") throws -> Submission {
        let educatorID = try member(educator).person.id
        let enrollmentID = try store.enrollments.enrollments(of: educatorID, in: riverbend.id).first?.0.id ?? {
            let enrollment = Enrollment(organizationID: riverbend.id, educatorID: educatorID, microcredentialID: version.microcredentialID,
                                        versionID: version.id, startedAt: Date())
            try store.enrollments.enroll(enrollment)
            return enrollment.id
        }()
        try store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "I asked better questions."), to: enrollmentID,
                                   in: riverbend.id, at: Date())
        return try store.submissions.submit(enrollmentID, in: riverbend.id, at: Date())
    }

    /// The scores of a decision at `level` on the one criterion.
    static func scored(_ level: String, override: Review.Override? = nil) -> Reviewing.DecisionInput {
        Reviewing.DecisionInput(scores: [ScoreEntry(criterionID: "c1", levelID: level, feedback: "Noted.")], summary: "Thank you.",
                                override: override)
    }

    /// One reflection (`r1`) judged by one criterion (`c1`) on the default scale.
    static var reflection: Design {
        var design = Design.blank(title: "Reflective practice")
        design.summary = "Reflect on a lesson and adjust."
        design.competency = "The educator reflects on a lesson and adjusts instruction."
        design.subjects = ["Assessment"]
        design.gradeBands = [.k2]
        design.estimatedHours = 2
        design.creditHours = 1
        design.objectives = [LearningObjective(id: "o1", statement: "Reflect on a lesson.")]
        design.parts = [RequirementPart(id: "p1", title: "Reflection", requirements: [
            EvidenceRequirement(id: "r1", kind: .reflection, title: "Reflection", prompt: "Reflect.",
                                limits: EvidenceLimits(maxWords: 500), objectiveIDs: ["o1"]),
        ])]
        let descriptors = Dictionary(uniqueKeysWithValues: Level.defaultScale.map { ($0.id, "At \($0.name).") })
        design.rubric.criteria = [Criterion(id: "c1", title: "Reflection", objectiveIDs: ["o1"], requirementIDs: ["r1"], descriptors: descriptors)]
        return design
    }
}

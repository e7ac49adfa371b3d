import CairnApp
import CairnCore
import Foundation

/// The installation the benchmark issues in: a fresh SQLite database in a temporary directory, the demo's
/// Riverbend district (its admin, assessor and pathway), `educators` more educators, and two published
/// microcredentials: one awarded directly, one earned through review.
struct BenchDistrict {
    let installation: Installation
    let riverbend: Organization
    let admin: Member
    let assessor: Member
    /// The educators made for the benchmark, in order: `educator-0@riverbend.example`, …
    let educators: [Member]
    /// Awarded directly (`BulkAwarding`).
    let awarded: MicrocredentialVersion
    /// Earned through an assessor's decision (`Reviewing`).
    let reviewed: MicrocredentialVersion
    let directory: String

    static let awardedSlug = "classroom-routines", reviewedSlug = "reflective-practice"

    /// The notifications of the use cases; a failure stops the benchmark, since it would be timed as a success.
    var notifications: Notifications {
        Notifications(installation: installation, links: Self.links) { event, error in fatalError("notification \(event) failed: \(error)") }
    }

    static let links = NotificationLinks(reviewQueue: "/review", coachCohort: "/dashboard#coach-cohort", settings: "/settings/notifications",
                                         workspace: { "/earn/\($0.rawValue)" }, feedback: { "/earn/\($0.rawValue)/feedback/\($1.rawValue)" },
                                         credential: { "/credentials/\($0.rawValue)" })

    /// Makes the installation (fast password hashing, as `CAIRN_FAST_PASSWORD_HASHING=1`) and seeds it.
    static func make(educators count: Int) throws -> BenchDistrict {
        var configuration = AppConfiguration()
        configuration.dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-issuance-\(UUID().uuidString)").path
        configuration.fastPasswordHashing = true
        configuration.ffprobePath = nil
        configuration.publicURL = "https://cairn.example"
        let installation = try Installation(configuration: configuration)
        _ = try installation.migrate()
        _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
        let store = installation.store
        let riverbend = try store.organizations.find(slug: "riverbend")
        for index in 0..<count {
            try installation.administration.createUser(email: "educator-\(index)@riverbend.example", displayName: "Educator \(index)",
                                                       organizationSlug: "riverbend", roleNames: ["educator"],
                                                       password: "a long bench password \(index)")
        }
        func member(_ email: String) throws -> Member {
            guard let person = try store.members.fetchPerson(email: EmailAddress(email)) else { fatalError("\(email) was not seeded") }
            return try store.members.findMember(person: person.id, organization: riverbend.id)
        }
        let designer = try member("designer@riverbend.example")
        func published(_ slug: String, _ design: Design) throws -> MicrocredentialVersion {
            let draft = try store.microcredentials.create(
                Microcredential(organizationID: riverbend.id, slug: slug, createdAt: installation.clock(), createdBy: designer.person.id),
                design: design)
            return try store.microcredentials.transition(draft.id, to: .published, at: installation.clock(), in: riverbend.id)
        }
        let awarded = try published(awardedSlug, design(title: "Classroom routines"))
        let reviewed = try published(reviewedSlug, design(title: "Reflective practice"))
        let assessor = try member("assessor@riverbend.example")
        try store.submissions.addAssessor(assessor.person.id, for: reviewed.microcredentialID, in: riverbend.id)
        return BenchDistrict(installation: installation, riverbend: riverbend, admin: try member("admin@riverbend.example"),
                             assessor: assessor, educators: try (0..<count).map { try member("educator-\($0)@riverbend.example") },
                             awarded: awarded, reviewed: reviewed, directory: configuration.dataDirectory)
    }

    /// A design with one written reflection (`r1`) judged by three criteria on the default scale
    /// ("every criterion at least Demonstrated").
    static func design(title: String) -> Design {
        var design = Design.blank(title: title)
        design.summary = "Reflect on a lesson and adjust what comes next."
        design.competency = "The educator reflects on a lesson and adjusts instruction."
        design.subjects = ["Assessment"]
        design.gradeBands = [.k2]
        design.estimatedHours = 3
        design.creditHours = 1
        design.objectives = [LearningObjective(id: "o1", statement: "Reflect on a lesson and adjust.")]
        design.parts = [RequirementPart(id: "p1", title: "Reflection", requirements: [
            EvidenceRequirement(id: "r1", kind: .reflection, title: "Reflection", prompt: "What happened, and what will you change?",
                                limits: EvidenceLimits(maxWords: 800), objectiveIDs: ["o1"]),
        ])]
        let descriptors = Dictionary(uniqueKeysWithValues: Level.defaultScale.map { ($0.id, "At \($0.name).") })
        design.rubric.criteria = ["Describes the lesson", "Uses evidence of learning", "Plans the next step"].enumerated().map { index, title in
            Criterion(id: "c\(index + 1)", title: title, objectiveIDs: ["o1"], requirementIDs: ["r1"], descriptors: descriptors)
        }
        return design
    }

    /// Closes the installation and removes its directory.
    func remove() {
        installation.close()
        try? FileManager.default.removeItem(atPath: directory)
    }
}

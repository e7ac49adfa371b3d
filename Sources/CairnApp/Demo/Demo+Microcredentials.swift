import CairnCore
import CairnStore
import Foundation

/// The demo district's microcredentials, one in every state a designer meets: a draft, a pilot
/// with feedback, published ones (one with a revision in progress, one in its second version),
/// and a retired one. Their designs are the files in `Demo/Designs/`, the same format districts
/// share.
extension Demo {
    /// The slugs of the designs shipped with Cairn.
    static let designSlugs = ["formative-assessment", "academic-discourse", "culturally-responsive-practice",
                              "small-group-instruction", "feedback-on-writing", "family-communication"]

    /// A design shipped with Cairn, by slug.
    static func design(_ slug: String) throws -> Design {
        try DesignFile.decode(Array(try resource("Designs/\(slug).json"))).design
    }

    /// The organization's microcredentials; `author` is the designer who made them.
    ///
    /// `pastEarning` runs once every version that was ever published is, before some are retired:
    /// educators earned those versions while they were open.
    static func seedMicrocredentials(in organization: Organization, author: Person.ID, pilot: [(Person.ID, PilotParticipant.Role)],
                                     store: Store, at now: Date, pastEarning: () throws -> Void = {}) throws {
        let repository = store.microcredentials
        func create(_ slug: String, daysAgo: Double) throws -> MicrocredentialVersion {
            let microcredential = Microcredential(organizationID: organization.id, slug: slug,
                                                  createdAt: now.addingTimeInterval(-daysAgo * 86400), createdBy: author)
            return try repository.create(microcredential, design: try design(slug))
        }
        func move(_ version: MicrocredentialVersion, to state: LifecycleState, daysAgo: Double) throws -> MicrocredentialVersion {
            try repository.transition(version.id, to: state, at: now.addingTimeInterval(-daysAgo * 86400), in: organization.id)
        }
        func revise(_ version: MicrocredentialVersion, note: String, daysAgo: Double) throws -> MicrocredentialVersion {
            try repository.createNextDraft(from: version.id, changeNote: note, at: now.addingTimeInterval(-daysAgo * 86400),
                                           in: organization.id)
        }

        // Published, with a revision in progress.
        let formative = try move(try create("formative-assessment", daysAgo: 200), to: .published, daysAgo: 180)
        _ = try revise(formative, note: "Clearer guidance on choosing hinge questions; the video may be 12 minutes.", daysAgo: 3)

        // Published.
        _ = try move(try create("culturally-responsive-practice", daysAgo: 150), to: .published, daysAgo: 120)

        // Version 2 published, which retired version 1.
        let smallGroupV1 = try move(try create("small-group-instruction", daysAgo: 400), to: .published, daysAgo: 380)
        // Retired: replaced by the district's new family partnership work.
        let family = try move(try create("family-communication", daysAgo: 1300), to: .published, daysAgo: 1280)
        try pastEarning()
        let smallGroupV2 = try revise(smallGroupV1, note: "Regrouping evidence now asks for two data points.", daysAgo: 90)
        _ = try move(smallGroupV2, to: .published, daysAgo: 60)
        _ = try move(family, to: .retired, daysAgo: 20)

        // A draft being written.
        _ = try create("feedback-on-writing", daysAgo: 5)

        // In pilot, with participants and their feedback.
        let discourse = try move(try create("academic-discourse", daysAgo: 60), to: .pilot, daysAgo: 45)
        for (person, role) in pilot {
            _ = try store.pilots.addParticipant(PilotParticipant(versionID: discourse.id, personID: person, role: role,
                                                                 joinedAt: now.addingTimeInterval(-44 * 86400)), in: organization.id)
        }
        var next: [PilotParticipant.Role: Int] = [:]
        for (index, response) in try pilotResponses().enumerated() {
            let people = pilot.filter { $0.1 == response.role }.map(\.0)
            guard !people.isEmpty else { continue }
            let person = people[next[response.role, default: 0] % people.count]
            next[response.role, default: 0] += 1
            let feedback = PilotFeedback(versionID: discourse.id, personID: person, role: response.role, items: response.items,
                                         relevance: response.relevance, workloadHours: response.workloadHours,
                                         wouldRecommend: response.wouldRecommend, comments: response.comments,
                                         submittedAt: now.addingTimeInterval(Double(-10 + index) * 86400))
            try store.pilots.saveFeedback(feedback, in: organization.id)
        }
    }

    /// One pilot response of `Designs/pilot-feedback.json`.
    struct PilotResponse: Decodable {
        let role: PilotParticipant.Role
        let items: [ItemFeedback]
        let relevance: Int
        let workloadHours: Double
        let wouldRecommend: Bool
        let comments: String
    }

    static func pilotResponses() throws -> [PilotResponse] {
        struct File: Decodable { let responses: [PilotResponse] }
        return try JSONDecoder().decode(File.self, from: try resource("Designs/pilot-feedback.json")).responses
    }
}

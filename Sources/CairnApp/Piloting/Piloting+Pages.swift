import CairnCore
import CairnStore
import Foundation

/// The pilot's pages: the designer's pilot page, the join page and the feedback page, each in a
/// fixed number of queries whatever the number of participants, members and feedback.
extension Piloting {
    /// The designer's pilot page: who takes part, who could, the join link's token and the report.
    public struct Page: Sendable {
        public let microcredential: Microcredential
        public let version: MicrocredentialVersion
        /// The participants in the order they joined, with their person.
        public let participants: [Participant]
        /// The organization's active members not yet in the pilot, by name; empty when the
        /// organization is too large to list (`choosesByEmail`).
        public let candidates: [Member]
        /// The organization has more members than a list can offer: the designer types an email.
        public let choosesByEmail: Bool
        /// The token of the pilot's join link (made on first need).
        public let invitationToken: String
        public let report: PilotReport
    }

    /// A participant with the person they are.
    public struct Participant: Sendable {
        public let person: Person
        public let participant: PilotParticipant
    }

    /// The most members the pilot page lists to choose a participant from; a larger organization's
    /// designer types the participant's email instead.
    public static let listedCandidates = 200

    /// The designer's pilot page: one read of five queries, the join token (written on first need), the pilot's scores.
    ///
    /// - Throws: what `pilot` throws.
    public func page(_ id: Microcredential.ID, by designer: Member) throws -> Page {
        try Designing(installation: installation).checkDesigner(designer)
        let organizationID = designer.organization.id
        let (microcredential, version, members, participants, feedback, byEmail) = try store.database.read { tx in
            guard let (microcredential, versions) = try store.microcredentials.withVersions(id, in: organizationID, in: tx)
            else { throw StudioError.microcredentialNotFound }
            guard let version = Designing.Opened(microcredential: microcredential, versions: versions).inPilot
            else { throw PilotError.pilotNotFound }
            let participants = try store.pilots.participants(of: version.id, in: organizationID, in: tx)
            // A district's members are too many to list: then only the participants are loaded.
            let byEmail = try store.members.count(of: organizationID, in: tx) > Self.listedCandidates
            let members = byEmail ? try store.members.members(of: organizationID, among: Set(participants.map(\.personID)), in: tx)
                : try store.members.members(of: organizationID, in: tx)
            return (microcredential, version, members, participants,
                    try store.pilots.feedback(for: version.id, in: organizationID, in: tx), byEmail)
        }
        let people = Dictionary(uniqueKeysWithValues: members.map { ($0.person.id, $0.person) })
        let taking = Set(participants.map(\.personID))
        let token = try store.pilots.invitationToken(for: version.id, in: organizationID, at: installation.clock())
        let report = PilotReport.make(design: version.design, feedback: feedback,
                                      scores: try store.reviews.pilotScores(for: version.id, in: organizationID))
        return Page(microcredential: microcredential, version: version,
                    participants: participants.compactMap { participant in
                        people[participant.personID].map { Participant(person: $0, participant: participant) }
                    },
                    candidates: byEmail ? [] : members.filter { $0.isActive && !taking.contains($0.person.id) },
                    choosesByEmail: byEmail,
                    invitationToken: token, report: report)
    }

    /// The page a join link opens: the pilot's version, and whether the member takes part already.
    public struct JoinPage: Sendable {
        public let version: MicrocredentialVersion
        public let alreadyJoined: Bool
    }

    /// The join page.
    ///
    /// - Throws: what `invitedVersion` throws.
    public func joinPage(_ token: String, by member: Member) throws -> JoinPage {
        let version = try invitedVersion(token, by: member)
        let joined = try store.pilots.fetchParticipant(member.person.id, of: version.id, in: member.organization.id) != nil
        return JoinPage(version: version, alreadyJoined: joined)
    }

    /// A participant's feedback page: the pilot version, their part, and, for a pilot educator, how
    /// far they are in earning it.
    public struct FeedbackPage: Sendable {
        public let version: MicrocredentialVersion
        public let participant: PilotParticipant
        /// Whether the member earns the pilot version first (a pilot educator who is an educator).
        public let earns: Bool
        /// The member's pilot enrollment of this version, once started.
        public let pilotEnrollmentID: Enrollment.ID?
    }

    /// The feedback page.
    ///
    /// - Throws: what `participation` throws.
    public func feedbackPage(_ versionID: MicrocredentialVersion.ID, by member: Member) throws -> FeedbackPage {
        let (version, participant) = try participation(versionID, by: member)
        let earns = participant.role == .educator && member.has(.educator)
        let enrollment = earns
            ? try store.enrollments.enrollments(of: member.person.id, in: member.organization.id)
                .first { $0.0.versionID == version.id && $0.0.isPilot }?.0.id
            : nil
        return FeedbackPage(version: version, participant: participant, earns: earns, pilotEnrollmentID: enrollment)
    }
}

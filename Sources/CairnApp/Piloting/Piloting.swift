import CairnCore
import CairnStore
import Foundation

/// A microcredential's pilot: its designers gather participants (by name or with the join link)
/// and read the report; participants join, give structured feedback, and pilot educators earn it first.
public struct Piloting: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    var store: Store { installation.store }

    /// The microcredential's version in pilot, for its designers.
    ///
    /// - Throws: what `Designing.open` throws; `PilotError.pilotNotFound` when no version is in pilot.
    func pilot(_ id: Microcredential.ID, by designer: Member) throws -> (Microcredential, MicrocredentialVersion) {
        let opened = try Designing(installation: installation).open(id, by: designer)
        guard let version = opened.inPilot else { throw PilotError.pilotNotFound }
        return (opened.microcredential, version)
    }

    /// Someone added to a pilot: who, in which role, and whether they were new to it (an existing participant keeps their role).
    public struct Added: Sendable {
        public let person: Person
        public let role: PilotParticipant.Role
        public let isNew: Bool
    }

    /// Adds an active member of the organization, found by email, to the microcredential's pilot.
    ///
    /// - Throws: what `pilot` throws; `PilotError.notAMember` for an address that is not an active
    ///   member's, `.roleNotChosen` without a role (nothing is added).
    public func addParticipant(email: String, role: PilotParticipant.Role?, to id: Microcredential.ID,
                               by designer: Member) throws -> Added {
        let (_, version) = try pilot(id, by: designer)
        let organizationID = designer.organization.id
        guard let address = try? EmailAddress(email),
              let member = try store.database.read({ tx in
                  try store.members.fetchPerson(email: address, in: tx).flatMap { person in
                      try store.members.fetchMember(person: person.id, organization: organizationID, in: tx)
                  }
              }), member.isActive
        else { throw PilotError.notAMember }
        guard let role else { throw PilotError.roleNotChosen }
        let isNew = try store.pilots.addParticipant(
            PilotParticipant(versionID: version.id, personID: member.person.id, role: role, joinedAt: installation.clock()),
            in: organizationID)
        return Added(person: member.person, role: role, isNew: isNew)
    }

    /// The pilot a join link opens, within the member's organization.
    ///
    /// - Throws: `PilotError.pilotNotFound` for an unknown token, another organization's, or a version no longer in pilot.
    func invitedVersion(_ token: String, by member: Member) throws -> MicrocredentialVersion {
        guard let version = try store.pilots.version(forInvitationToken: token, in: member.organization.id),
              version.state == .pilot else { throw PilotError.pilotNotFound }
        return version
    }

    /// Joins the pilot a link opens as a pilot educator (someone already in it keeps their role); returns its version.
    ///
    /// - Throws: what `invitedVersion` throws.
    public func join(_ token: String, by member: Member) throws -> MicrocredentialVersion {
        let version = try invitedVersion(token, by: member)
        try store.pilots.addParticipant(
            PilotParticipant(versionID: version.id, personID: member.person.id, role: .educator, joinedAt: installation.clock()),
            in: member.organization.id)
        return version
    }

    /// A participant's answers to the feedback form.
    public struct Answers: Sendable {
        public var items: [ItemFeedback]
        public var relevance: Int
        public var workloadHours: Double
        public var wouldRecommend: Bool
        public var comments: String

        public init(items: [ItemFeedback], relevance: Int, workloadHours: Double, wouldRecommend: Bool, comments: String) {
            (self.items, self.relevance, self.workloadHours, self.wouldRecommend, self.comments)
                = (items, relevance, workloadHours, wouldRecommend, comments)
        }
    }

    /// Saves a participant's feedback on a pilot version, replacing what they gave before; returns the version.
    ///
    /// - Throws: what `participation` throws; `PilotFeedbackError` for answers out of range.
    @discardableResult
    public func giveFeedback(_ answers: Answers, on versionID: MicrocredentialVersion.ID, by member: Member) throws -> MicrocredentialVersion {
        let (version, participant) = try participation(versionID, by: member)
        try store.pilots.saveFeedback(
            PilotFeedback(versionID: version.id, personID: member.person.id, role: participant.role, items: answers.items,
                          relevance: answers.relevance, workloadHours: answers.workloadHours, wouldRecommend: answers.wouldRecommend,
                          comments: answers.comments, submittedAt: installation.clock()),
            in: member.organization.id)
        return version
    }

    /// The pilot version with this id and the member's part in it.
    ///
    /// - Throws: `PilotError.pilotNotFound` for a version not in pilot in the organization; `.notAParticipant` for anyone not taking part.
    func participation(_ versionID: MicrocredentialVersion.ID, by member: Member) throws -> (MicrocredentialVersion, PilotParticipant) {
        let organizationID = member.organization.id
        guard let version = try store.microcredentials.fetchVersion(versionID, in: organizationID), version.state == .pilot
        else { throw PilotError.pilotNotFound }
        guard let participant = try store.pilots.fetchParticipant(member.person.id, of: version.id, in: organizationID)
        else { throw PilotError.notAParticipant }
        return (version, participant)
    }
}

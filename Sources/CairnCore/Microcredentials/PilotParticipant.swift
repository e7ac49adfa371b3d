import Foundation

/// Someone taking part in a version's pilot: an educator earning it first, or an assessor judging the pilot's evidence.
public struct PilotParticipant: Hashable, Sendable {
    public enum Role: String, Codable, CaseIterable, Hashable, Sendable {
        case educator, assessor

        /// The name shown to people.
        public var displayName: String {
            switch self {
            case .educator: "Pilot educator"
            case .assessor: "Pilot assessor"
            }
        }
    }

    public let versionID: MicrocredentialVersion.ID
    public let personID: Person.ID
    public var role: Role
    public let joinedAt: Date

    public init(versionID: MicrocredentialVersion.ID, personID: Person.ID, role: Role, joinedAt: Date) {
        self.versionID = versionID
        self.personID = personID
        self.role = role
        self.joinedAt = joinedAt
    }
}

import Foundation

/// A signed credential Cairn issued to an educator: the document exactly as signed, and what Cairn
/// keeps beside it to list it, share it and change its status.
public struct IssuedCredential: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<IssuedCredential>

    public let id: ID
    public let organizationID: Organization.ID
    public let educatorID: Person.ID
    /// The award it records; nil for a credential of another kind.
    public let awardID: Award.ID?
    public let microcredentialID: Microcredential.ID?
    /// The pathway it records the completion of; nil for a microcredential's credential (which has an award).
    public let pathwayID: Pathway.ID?
    /// The achievement's name, for lists.
    public let name: String
    /// Its position in the organization's status lists (one bit in each).
    public let statusIndex: Int
    /// The signed credential, byte for byte as issued.
    public let document: String
    public let issuedAt: Date
    public let validUntil: Date?
    public let status: CredentialStatus
    /// Why the status last changed, on record (empty while active since issue).
    public let statusReason: String
    public let statusChangedAt: Date?
    /// Whether its page is open to anyone with the link; the educator may close it.
    public let isShared: Bool
    /// The credential this one corrects (which was revoked when this one was issued).
    public let replacesID: ID?

    public init(id: ID = .generate(), organizationID: Organization.ID, educatorID: Person.ID, awardID: Award.ID?,
                microcredentialID: Microcredential.ID?, pathwayID: Pathway.ID? = nil, name: String, statusIndex: Int, document: String, issuedAt: Date,
                validUntil: Date?, status: CredentialStatus = .active, statusReason: String = "", statusChangedAt: Date? = nil,
                isShared: Bool = true, replacesID: ID? = nil) {
        self.id = id
        self.organizationID = organizationID
        self.educatorID = educatorID
        self.awardID = awardID
        self.microcredentialID = microcredentialID
        self.pathwayID = pathwayID
        self.name = name
        self.statusIndex = statusIndex
        self.document = document
        self.issuedAt = issuedAt
        self.validUntil = validUntil
        self.status = status
        self.statusReason = statusReason
        self.statusChangedAt = statusChangedAt
        self.isShared = isShared
        self.replacesID = replacesID
    }

    /// Whether its validity period is over at `now` (an expired credential stays viewable).
    public func isExpired(at now: Date) -> Bool { validUntil.map { $0 <= now } ?? false }
}

/// Where a credential stands: in force, suspended for now, or revoked for good.
public enum CredentialStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case active, suspended, revoked

    /// The status as a person reads it.
    public var displayName: String {
        switch self {
        case .active: "Active"
        case .suspended: "Suspended"
        case .revoked: "Revoked"
        }
    }
}

/// The end of a credential's validity: `months` calendar months after `issued` (UTC), or nil when it does not expire.
public func credentialValidUntil(issued: Date, months: Int?) -> Date? {
    guard let months, months > 0 else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(byAdding: .month, value: months, to: issued)
}

/// One change of a credential's status, kept on record.
public struct CredentialStatusChange: Hashable, Sendable {
    public let status: CredentialStatus
    public let reason: String
    /// Who changed it; nil when Cairn did (a correction's revocation is by the admin who corrected).
    public let changedBy: Person.ID?
    public let changedAt: Date

    public init(status: CredentialStatus, reason: String, changedBy: Person.ID?, changedAt: Date) {
        (self.status, self.reason, self.changedBy, self.changedAt) = (status, reason, changedBy, changedAt)
    }
}

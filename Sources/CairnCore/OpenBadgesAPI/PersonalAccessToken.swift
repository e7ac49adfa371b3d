import Foundation

/// A token an educator makes for their own scripts, with the scopes they chose; shown once, kept
/// as a SHA-256 hash, valid until they revoke it.
public struct PersonalAccessToken: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<PersonalAccessToken>

    public let id: ID
    public let tokenHash: String
    /// What the educator calls it ("Portfolio export script").
    public let name: String
    public let scopes: APIScopes
    public let personID: Person.ID
    public let organizationID: Organization.ID
    public let createdAt: Date
    public let lastUsedAt: Date?
    public let revokedAt: Date?

    public init(id: ID = .generate(), tokenHash: String, name: String, scopes: APIScopes, personID: Person.ID,
                organizationID: Organization.ID, createdAt: Date, lastUsedAt: Date? = nil, revokedAt: Date? = nil) {
        self.id = id
        self.tokenHash = tokenHash
        self.name = name
        self.scopes = scopes
        self.personID = personID
        self.organizationID = organizationID
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    /// The longest name kept.
    public static let maxNameLength = 100
}

import Foundation

/// Someone with an account: one email address, any number of memberships.
public struct Person: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Person>
    public let id: ID
    public var email: EmailAddress
    public var displayName: String
    public let createdAt: Date

    public init(id: ID = .generate(), email: EmailAddress, displayName: String, createdAt: Date) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.createdAt = createdAt
    }
}

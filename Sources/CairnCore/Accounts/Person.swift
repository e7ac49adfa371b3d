import Foundation

/// Someone with an account: one email address, any number of memberships.
public struct Person: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Person>
    public let id: ID
    public var email: EmailAddress
    public var displayName: String
    public let createdAt: Date
    /// An operator of the installation (not of one organization): sees the development outbox.
    public var isOperator: Bool

    public init(id: ID = .generate(), email: EmailAddress, displayName: String, createdAt: Date, isOperator: Bool = false) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.createdAt = createdAt
        self.isOperator = isOperator
    }
}

/// A school (building) inside an organization; members may belong to one.
public struct School: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<School>
    public let id: ID
    public let organizationID: Organization.ID
    public var name: String

    public init(id: ID = .generate(), organizationID: Organization.ID, name: String) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
    }
}

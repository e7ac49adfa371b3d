import CairnCore

extension MemberRepository {
    /// How many memberships (active or not) the organization has, in the caller's transaction.
    package func count(of organizationID: Organization.ID, in tx: any Connection) throws -> Int {
        try tx.queryOne("SELECT COUNT(*) AS n FROM memberships WHERE organization_id = \(organizationID)")?.get("n") ?? 0
    }

    /// The organization's members among these people, by name, in one query in the caller's transaction.
    package func members(of organizationID: Organization.ID, among personIDs: Set<Person.ID>, in tx: any Connection) throws -> [Member] {
        guard !personIDs.isEmpty else { return [] }
        return try tx.query(Self.memberSelect + " WHERE m.organization_id = \(organizationID) AND m.person_id IN (\(list: Array(personIDs)))"
                         + " ORDER BY p.display_name, p.email")
            .map { try $0.member() }
    }
}

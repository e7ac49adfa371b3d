import CairnCore

extension MemberRepository {
    /// The display names of these people, in one query, whether or not they are still members
    /// anywhere (the authors of old comments keep their names).
    public func displayNames(of personIDs: Set<Person.ID>) throws -> [Person.ID: String] {
        try database.read { try displayNames(of: personIDs, in: $0) }
    }

    /// `displayNames(of:)` in the caller's transaction.
    package func displayNames(of personIDs: Set<Person.ID>, in tx: any Connection) throws -> [Person.ID: String] {
        guard !personIDs.isEmpty else { return [:] }
        var names: [Person.ID: String] = [:]
        for row in try tx.query("SELECT id, display_name FROM people WHERE id IN (\(list: Array(personIDs)))") {
            names[try row.get("id")] = try row.get("display_name")
        }
        return names
    }
}

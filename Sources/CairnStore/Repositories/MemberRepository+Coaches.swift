import CairnCore

extension MemberRepository {
    /// The organization's members with the coach role who belong to no school or to `schoolID`, by
    /// name: the only ones who may coach an educator of that school (`Membership.coaches` decides),
    /// without loading every member of a district.
    public func coaches(in organizationID: Organization.ID, forSchool schoolID: School.ID?) throws -> [Member] {
        try database.read { try coaches(in: organizationID, forSchool: schoolID, in: $0) }
    }

    /// `coaches(in:forSchool:)` in the caller's transaction.
    package func coaches(in organizationID: Organization.ID, forSchool schoolID: School.ID?, in tx: any Connection) throws -> [Member] {
        try tx.query(Self.memberSelect + """
             WHERE m.organization_id = \(organizationID) AND ';' || m.roles || ';' LIKE '%;coach;%'
            AND (m.school_id IS NULL OR m.school_id = \(schoolID)) ORDER BY p.display_name, p.email
            """).map { try $0.member() }
    }
}

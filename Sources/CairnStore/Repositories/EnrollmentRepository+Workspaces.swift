import CairnCore

extension EnrollmentRepository {
    /// The drafts of these enrollments of the organization, in one query whatever their number
    /// (an enrollment without drafts has an empty workspace; another organization's is left out).
    public func workspaces(of enrollmentIDs: [Enrollment.ID], in organizationID: Organization.ID) throws -> [Enrollment.ID: Workspace] {
        guard !enrollmentIDs.isEmpty else { return [:] }
        return try database.read { try workspaces(of: enrollmentIDs, in: organizationID, in: $0) }
    }

    /// `workspaces(of:in:)` in the caller's transaction.
    package func workspaces(of enrollmentIDs: [Enrollment.ID], in organizationID: Organization.ID, in tx: any Connection) throws
        -> [Enrollment.ID: Workspace] {
        guard !enrollmentIDs.isEmpty else { return [:] }
        do {
            var entries: [Enrollment.ID: [EvidenceItem]] = [:]
            for row in try tx.query("""
                SELECT w.enrollment_id, w.entry_json FROM workspace_entries w JOIN enrollments e ON e.id = w.enrollment_id
                WHERE e.organization_id = \(organizationID) AND w.enrollment_id IN (\(list: enrollmentIDs))
                ORDER BY w.enrollment_id, w.requirement_id
                """) {
                entries[try row.get("enrollment_id"), default: []].append(try JSONColumn.decode(EvidenceItem.self, row, "entry_json"))
            }
            return Dictionary(uniqueKeysWithValues: Set(enrollmentIDs).map { ($0, Workspace(entries: entries[$0] ?? [])) })
        }
    }
}

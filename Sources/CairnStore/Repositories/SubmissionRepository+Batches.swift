import CairnCore

extension SubmissionRepository {
    /// These submissions of the organization, by id, in one query (ids of other organizations are left out).
    public func submissions(_ ids: Set<Submission.ID>, in organizationID: Organization.ID) throws -> [Submission.ID: Submission] {
        try database.read { try submissions(ids, in: organizationID, in: $0) }
    }

    /// `submissions(_:in:)` in the caller's transaction.
    package func submissions(_ ids: Set<Submission.ID>, in organizationID: Organization.ID,
                             in tx: any Connection) throws -> [Submission.ID: Submission] {
        guard !ids.isEmpty else { return [:] }
        let rows = try tx.query("SELECT * FROM submissions WHERE organization_id = \(organizationID) AND id IN (\(list: Array(ids)))")
        return Dictionary(try rows.map { row in let submission = try row.submission(); return (submission.id, submission) },
                          uniquingKeysWith: { first, _ in first })
    }
}

import CairnCore
import CairnStore

extension AttemptGuidance {
    /// The guidance over an enrollment's attempts for its educator: the organization's attempt policy and,
    /// when they are due, the names of the coaches who coach the educator (two queries at most, in the
    /// caller's transaction). The workspace and the feedback page use it.
    static func load(for educator: Member, enrollmentID: Enrollment.ID, submissions: [Submission], store: Store,
                     in tx: any Connection) throws -> AttemptGuidance {
        let organizationID = educator.organization.id
        let policy = try store.reviewPolicies.policy(in: organizationID, in: tx)
        return try AttemptGuidance(enrollmentID: enrollmentID, submissions: submissions, policy: policy.attempts) {
            try store.members.coaches(in: organizationID, forSchool: educator.membership.schoolID, in: tx)
                .filter { $0.membership.coaches(educator.membership) }.map(\.person.displayName)
        }
    }
}

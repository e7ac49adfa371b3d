import CairnCore
import CairnStore
import Foundation

extension Dashboard {
    /// The educator's enrollments, most recent activity first, with the organization's attempt policy.
    public struct EducatorProgress: Sendable {
        public let items: [Item]
        public let policy: AttemptPolicy

        /// One enrollment: where it stands, its attempts' states, and what is missing while in progress.
        public struct Item: Sendable {
            public let enrollmentID: Enrollment.ID
            public let title: String
            public let status: EnrollmentStatus
            /// The states of its attempts, first to latest.
            public let states: [Submission.State]
            public let latestSubmissionID: Submission.ID?
            /// What keeps the workspace from being submitted (in progress only; otherwise empty).
            public let problems: [CompletenessProblem]
        }
    }

    /// The educator's progress in one read of five queries: the policy, the enrollments with their
    /// attempts' states, and the drafts and designs of those in progress.
    func educatorProgress(of member: Member) throws -> EducatorProgress {
        let organizationID = member.organization.id
        let (policy, progress, workspaces, versions) = try store.database.read { tx in
            let policy = try store.reviewPolicies.policy(in: organizationID, in: tx).attempts
            // The attempts' states, not their evidence; a design and a workspace only where work is in progress.
            let progress = try store.enrollments.progress(of: [member.person.id], in: organizationID, in: tx).mostRecentFirst
            let inProgress = progress.filter { $0.status == .inProgress }.map(\.enrollment)
            return (policy, progress,
                    try store.enrollments.workspaces(of: inProgress.map(\.id), in: organizationID, in: tx),
                    try store.microcredentials.versions(inProgress.map(\.versionID), in: organizationID, in: tx))
        }
        let items = try progress.map { item in
            let enrollment = item.enrollment
            var problems: [CompletenessProblem] = []
            if item.status == .inProgress {
                guard let version = versions[enrollment.versionID] else { throw DatabaseError.notFound("microcredential version") }
                problems = CompletenessCheck.check(workspace: workspaces[enrollment.id] ?? Workspace(entries: []), design: version.design)
            }
            return EducatorProgress.Item(enrollmentID: enrollment.id, title: item.title, status: item.status, states: item.states,
                                         latestSubmissionID: item.latestSubmissionID, problems: problems)
        }
        return EducatorProgress(items: items, policy: policy)
    }
}

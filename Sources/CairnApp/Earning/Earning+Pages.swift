import CairnCore
import CairnStore
import Foundation

extension Earning {
    /// One of the educator's enrollments on "My microcredentials".
    public struct MyMicrocredential: Sendable {
        public let enrollmentID: Enrollment.ID
        public let title: String
        /// The number of the version the enrollment is pinned to.
        public let version: Int
        public let status: EnrollmentStatus
    }

    /// The educator's enrollments, most recent activity first, in three queries whatever their number.
    public func myMicrocredentials(of educator: Member) throws -> [MyMicrocredential] {
        let organizationID = educator.organization.id, store = installation.store
        let progress = try store.enrollments.progress(of: [educator.person.id], in: organizationID).mostRecentFirst
        let versions = try store.microcredentials.versions(progress.map(\.enrollment.versionID), in: organizationID)
        return try progress.map { item in
            guard let version = versions[item.enrollment.versionID] else { throw DatabaseError.notFound("microcredential version") }
            return MyMicrocredential(enrollmentID: item.enrollment.id, title: version.design.title, version: version.number, status: item.status)
        }
    }

    /// The workspace page: the educator's drafts with what keeps them from being submitted, and the
    /// guidance over decided attempts.
    public struct WorkspacePage: Sendable {
        public let enrollment: Enrollment
        /// The version the enrollment is pinned to.
        public let version: MicrocredentialVersion
        public let workspace: Workspace
        public let status: EnrollmentStatus
        public let problems: [CompletenessProblem]
        public let guidance: AttemptGuidance
        /// The requirements whose evidence the educator chose to show with their credential if earned.
        public let publicRequirements: Set<String>
        /// The requirements whose choice to be shown lapsed because the educator changed the evidence afterwards.
        public let lapsedRequirements: Set<String>
    }

    /// The workspace of the educator's enrollment, in one read of a fixed number of queries whatever
    /// the number of drafts and attempts.
    ///
    /// - Throws: `EnrollmentError.notFound` for another's enrollment.
    public func workspacePage(_ id: Enrollment.ID, by educator: Member) throws -> WorkspacePage {
        let organizationID = educator.organization.id, store = installation.store
        let (enrollment, version, workspace, submissions, guidance, (choices, lapses)) = try store.database.read { tx in
            guard let enrollment = try store.enrollments.fetch(id, in: organizationID, in: tx), enrollment.educatorID == educator.person.id
            else { throw EnrollmentError.notFound }
            let submissions = try store.submissions.submissions(of: enrollment.id, in: organizationID, in: tx)
            return (enrollment, try store.microcredentials.findVersion(enrollment.versionID, in: organizationID, in: tx),
                    try store.enrollments.workspace(of: enrollment.id, in: organizationID, in: tx), submissions,
                    try AttemptGuidance.load(for: educator, enrollmentID: enrollment.id, submissions: submissions, store: store, in: tx),
                    (try store.enrollments.publicChoices(of: enrollment.id, in: organizationID, in: tx),
                     try store.enrollments.publicChoiceLapses(of: enrollment.id, in: tx)))
        }
        return WorkspacePage(enrollment: enrollment, version: version, workspace: workspace, status: EnrollmentStatus.derived(from: submissions),
                             problems: CompletenessCheck.check(workspace: workspace, design: version.design), guidance: guidance,
                             publicRequirements: Set(choices.map(\.requirementID)), lapsedRequirements: Set(lapses.keys))
    }
}

extension [EnrollmentProgress] {
    /// Most recent activity first, then by id.
    var mostRecentFirst: [EnrollmentProgress] {
        sorted { ($0.enrollment.lastActivityAt, $1.enrollment.id.rawValue) > ($1.enrollment.lastActivityAt, $0.enrollment.id.rawValue) }
    }
}

import CairnCore
import CairnStore
import Foundation

/// The signed-in home page: where the member is, and for each of their roles what to do next
/// (the educator's progress, the assessor's queue and calibration, the coach's cohort).
public struct Dashboard: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    var store: Store { installation.store }

    /// What the dashboard shows a member; a role's part is empty (or nil) when they do not hold the role.
    public struct Page: Sendable {
        /// The member's school, when they belong to one.
        public let schoolName: String?
        /// The educator's enrollments with what their next steps need.
        public let progress: EducatorProgress?
        public let assessor: AssessorOverview?
        /// The coach's cohort, stalled work first (empty for a member who does not coach).
        public let cohort: Cohort
    }

    /// The dashboard of `member`, in a fixed number of queries whatever the number of enrollments,
    /// attempts, microcredentials assessed or educators coached.
    public func page(for member: Member) throws -> Page {
        let now = installation.clock()
        let school = try member.membership.schoolID.flatMap { try store.organizations.fetchSchool($0, in: member.organization.id) }
        let cohort = member.has(.coach) ? try store.enrollments.cohort(coachedBy: member.membership, at: now,
                                                                       rows: Cohort.shownRows, names: Cohort.shownNames) : Cohort()
        return Page(schoolName: school?.name,
                    progress: member.has(.educator) ? try educatorProgress(of: member) : nil,
                    assessor: member.has(.assessor) ? try assessorOverview(of: member, at: now) : nil,
                    cohort: cohort)
    }
}

import CairnCore
import CairnStore
import Foundation

/// The signed-in home page: for each of the member's roles what to do next (the educator's
/// progress, the assessor's queue and calibration, the coach's cohort, the designer's drafts and
/// pilots, the admin's pending invitations).
public struct Dashboard: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    var store: Store { installation.store }

    /// What the dashboard shows a member; a role's part is empty (or nil) when they do not hold the role.
    public struct Page: Sendable {
        /// The educator's enrollments with what their next steps need.
        public let progress: EducatorProgress?
        /// The educator's standing on each published pathway, under way first (empty for a member who is not an educator).
        public let pathways: [PathwayStanding]
        public let assessor: AssessorOverview?
        /// The coach's cohort, stalled work first (empty for a member who does not coach).
        public let cohort: Cohort
        /// The designer's microcredentials whose latest version is a draft or in pilot, drafts first, by title.
        public let drafts: [StudioEntry]
        /// The admin's pending invitations, newest first.
        public let invitations: [Members.Invited]
    }

    /// The dashboard of `member`, in a fixed number of queries whatever the number of enrollments,
    /// attempts, microcredentials assessed or designed, educators coached or invitations.
    public func page(for member: Member) throws -> Page {
        let now = installation.clock()
        let cohort = member.has(.coach) ? try store.enrollments.cohort(coachedBy: member.membership, at: now,
                                                                       rows: Cohort.shownRows, names: Cohort.shownNames) : Cohort()
        return Page(progress: member.has(.educator) ? try educatorProgress(of: member) : nil,
                    pathways: member.has(.educator) ? try pathways(of: member) : [],
                    assessor: member.has(.assessor) ? try assessorOverview(of: member, at: now) : nil,
                    cohort: cohort,
                    drafts: member.has(.designer) ? try drafts(of: member) : [],
                    invitations: member.has(.admin) ? try store.invitations.pending(in: member.organization.id, at: now)
                        .map { Members.Invited(invitation: $0.invitation, email: $0.email) } : [])
    }

    /// The educator's standing on every published pathway of the organization: one read of three
    /// queries (the pathways), and two more when there are any (the educator's awards and pathway credentials).
    func pathways(of educator: Member) throws -> [PathwayStanding] {
        let organizationID = educator.organization.id
        return try store.database.read { tx in
            try PathwayStanding.standings(of: educator.person.id, on: try store.pathways.catalog(organization: organizationID, in: tx),
                                          in: organizationID, store: store, in: tx)
        }
    }

    /// The organization's microcredentials a designer is still working on (latest version a draft or
    /// in pilot), drafts first, then by title, in one query.
    func drafts(of designer: Member) throws -> [StudioEntry] {
        let order: [LifecycleState] = [.draft, .pilot]
        return try store.microcredentials.studio(organization: designer.organization.id)
            .filter { order.contains($0.latest.state) }
            .sorted { (order.firstIndex(of: $0.latest.state)!, $0.latest.design.title) < (order.firstIndex(of: $1.latest.state)!, $1.latest.design.title) }
    }
}

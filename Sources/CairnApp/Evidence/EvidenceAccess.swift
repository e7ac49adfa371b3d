import CairnCore
import CairnStore

/// Who may open an enrollment's evidence: its educator, a coach of its educator and an admin of its
/// organization (drafts and submissions); an assessor of its microcredential (what was submitted);
/// a designer (decided attempts only, for exemplars and disagreements).
///
/// Anyone else, and every member of another organization, gets a 404: the evidence does not exist for them.
struct EvidenceAccess: Sendable {
    let store: Store

    /// How much of an enrollment's evidence a member sees.
    enum Scope: Comparable, Sendable {
        /// The frozen snapshots of decided attempts only.
        case decided
        /// What was submitted: the attempts' frozen snapshots.
        case submitted
        /// The workspace's drafts too.
        case everything
    }

    /// An enrollment a member may open, with its submissions (first attempt first).
    struct Opened: Sendable {
        let enrollment: Enrollment
        let submissions: [Submission]
        let scope: Scope

        /// The evidence items the member may see: the snapshots, and the drafts when the scope allows.
        func items(workspace: () throws -> Workspace) rethrows -> [EvidenceItem] {
            switch scope {
            case .decided: return submissions.filter { $0.decision != nil }.flatMap(\.snapshot.items)
            case .submitted: return submissions.flatMap(\.snapshot.items)
            case .everything: return try workspace().entries + submissions.flatMap(\.snapshot.items)
            }
        }
    }

    /// The enrollment with this id and its submissions, when `member` may open its evidence.
    ///
    /// - Throws: `EvidenceError.notFound` for an unknown id, another organization's enrollment, or a
    ///   member who may not open it.
    func open(_ id: Enrollment.ID, for member: Member) throws -> Opened {
        guard let enrollment = try store.enrollments.fetch(id, in: member.organization.id)
        else { throw EvidenceError.notFound }
        let submissions = try store.submissions.submissions(of: enrollment.id, in: enrollment.organizationID)
        guard let scope = try scope(of: enrollment, submissions: submissions, for: member) else { throw EvidenceError.notFound }
        return Opened(enrollment: enrollment, submissions: submissions, scope: scope)
    }

    /// How much of the evidence of `enrollment` (with its `submissions`) `member` may open; nil: none.
    func scope(of enrollment: Enrollment, submissions: [Submission], for member: Member) throws -> Scope? {
        guard member.isActive, enrollment.organizationID == member.organization.id else { return nil }
        if enrollment.educatorID == member.person.id || member.has(.admin) { return .everything }
        if member.has(.coach),
           let educator = try store.members.fetchMember(person: enrollment.educatorID, organization: enrollment.organizationID),
           member.membership.coaches(educator.membership) {
            return .everything
        }
        if !submissions.isEmpty, member.has(.assessor),
           try store.submissions.mayAssess(member.person.id, enrollment.microcredentialID, in: enrollment.organizationID) {
            return .submitted
        }
        if member.has(.designer), submissions.contains(where: { $0.decision != nil }) { return .decided }
        return nil
    }
}

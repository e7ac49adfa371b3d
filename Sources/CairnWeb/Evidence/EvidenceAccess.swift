import CairnCore
import CairnStore

/// Who may open an enrollment's evidence: its educator; an assessor of its microcredential once it
/// has at least one submission; a coach of its educator; an admin of its organization.
///
/// Anyone else, and every member of another organization, gets a 404: the evidence does not exist for them.
struct EvidenceAccess {
    let store: Store

    /// An enrollment a member may open, with its submissions (first attempt first).
    struct Opened {
        let enrollment: Enrollment
        let submissions: [Submission]
    }

    /// The enrollment with this id and its submissions, when `member` may open its evidence.
    ///
    /// - Throws: `WebError.notFound` for a missing or malformed id, another organization's
    ///   enrollment, or a member who may not open it.
    func open(_ rawID: String?, for member: Member) throws -> Opened {
        guard let id = rawID.flatMap(Enrollment.ID.init),
              let enrollment = try store.enrollments.fetch(id, in: member.organization.id)
        else { throw WebError.notFound }
        let submissions = try store.submissions.submissions(of: enrollment.id, in: enrollment.organizationID)
        guard try mayOpen(enrollment, submitted: !submissions.isEmpty, by: member) else { throw WebError.notFound }
        return Opened(enrollment: enrollment, submissions: submissions)
    }

    /// Whether `member` may open the evidence of `enrollment`; `submitted`: it has at least one submission.
    func mayOpen(_ enrollment: Enrollment, submitted: Bool, by member: Member) throws -> Bool {
        guard member.isActive, enrollment.organizationID == member.organization.id else { return false }
        if enrollment.educatorID == member.person.id || member.has(.admin) { return true }
        if submitted, member.has(.assessor),
           try store.submissions.mayAssess(member.person.id, enrollment.microcredentialID, in: enrollment.organizationID) {
            return true
        }
        if member.has(.coach),
           let educator = try store.members.fetchMember(person: enrollment.educatorID, organization: enrollment.organizationID) {
            return member.membership.coaches(educator.membership)
        }
        return false
    }
}

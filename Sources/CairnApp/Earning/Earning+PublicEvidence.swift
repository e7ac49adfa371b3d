import CairnCore
import CairnStore
import Foundation

extension Earning {
    /// Chooses whether one evidence item of the educator's enrollment is shown with their credential
    /// if earned ("Show with my credential"); every item is private until chosen. The choice may
    /// change while no attempt is earned (an item is chosen to be shown only while no attempt waits
    /// for its decision, as the submitted copy is what a credential shows); once earned the credential names
    /// what was chosen, and an item can only be withdrawn from public view (`Credentials.withdrawEvidence`).
    ///
    /// - Throws: `EnrollmentError.notFound` for another educator's or another organization's enrollment;
    ///   `.unknownRequirement` when the pinned version has no such requirement; `.publicChoiceLocked` once earned;
    ///   `.publicChoiceWhileWaiting` to show an item while an attempt waits for its decision.
    /// - Returns: the requirement whose evidence the choice is for.
    @discardableResult
    public func showWithCredential(_ isPublic: Bool, requirement requirementID: String, of id: Enrollment.ID, by educator: Member) throws
        -> EvidenceRequirement {
        let organizationID = educator.organization.id, store = installation.store
        return try store.write { tx in
            guard let enrollment = try store.enrollments.fetchLocked(id, in: organizationID, in: tx), enrollment.educatorID == educator.person.id
            else { throw EnrollmentError.notFound }
            let version = try store.microcredentials.findVersion(enrollment.versionID, in: organizationID, in: tx)
            guard let requirement = version.design.requirement(requirementID) else { throw EnrollmentError.unknownRequirement(requirementID) }
            let attempts = try store.submissions.submissions(of: enrollment.id, in: organizationID, in: tx)
            let status = EnrollmentStatus.derived(from: attempts)
            guard PublicEvidence.choicesOpen(status) else { throw EnrollmentError.publicChoiceLocked }
            guard !isPublic || PublicEvidence.mayChooseToShow(status) else { throw EnrollmentError.publicChoiceWhileWaiting }
            try store.enrollments.setPublic(isPublic, requirement: requirementID, of: enrollment.id, at: installation.clock(), in: tx)
            return requirement
        }
    }
}

import CairnCore
import CairnStore
import Foundation

/// Reviewing submissions: an assessor opens one, claims it from the queue (once they have scored the
/// microcredential's exemplars), releases it, and decides it (`Reviewing+Deciding`).
public struct Reviewing: Sendable {
    let installation: Installation
    let notifications: Notifications

    public init(installation: Installation, notifications: Notifications) {
        (self.installation, self.notifications) = (installation, notifications)
    }

    private var store: Store { installation.store }

    /// A submission an assessor may review, with its version: made only here, after the right was checked.
    public struct Subject: Sendable {
        public let submission: Submission
        public let version: MicrocredentialVersion
        let assessor: Member

        /// Whether the assessor holds the submission's running claim (and may score and comment).
        public func isOpen(at now: Date) -> Bool { submission.activeClaim(at: now)?.assessorID == assessor.person.id }
    }

    /// The submission with its version when the assessor may review it.
    ///
    /// - Throws: `ReviewError.notAnAssessor` for a member without the assessor role;
    ///   `.submissionNotFound` for another organization's submission, another microcredential's, or their own.
    public func open(_ id: Submission.ID, by assessor: Member) throws -> Subject {
        let submission = try assessable(id, by: assessor)
        let version = try store.microcredentials.findVersion(submission.versionID, in: assessor.organization.id)
        return Subject(submission: submission, version: version, assessor: assessor)
    }

    /// Claims a submission from the queue for the organization's claim duration; returns it claimed.
    ///
    /// - Throws: what `open` throws; `ReviewError.calibrationNeeded` until the assessor has scored every
    ///   exemplar of the microcredential; `.claimedByAnother`, `.alreadyDecided` when the queue moved on.
    @discardableResult
    public func claim(_ id: Submission.ID, by assessor: Member) throws -> Submission {
        let submission = try assessable(id, by: assessor)
        let organizationID = assessor.organization.id, me = assessor.person.id
        guard try store.calibration.hasCalibrated(me, for: submission.microcredentialID, in: organizationID) else {
            throw ReviewError.calibrationNeeded(submission.microcredentialID)
        }
        let policy = try store.reviewPolicies.policy(in: organizationID)
        return try store.submissions.claim(id, by: me, in: organizationID, at: installation.clock(), for: policy.claimDuration)
    }

    /// Gives the assessor's claim back to the queue.
    ///
    /// - Throws: what `open` throws; `ReviewError.notClaimedByYou` when they do not hold a running claim.
    public func release(_ id: Submission.ID, by assessor: Member) throws {
        _ = try assessable(id, by: assessor)
        try store.submissions.release(id, by: assessor.person.id, in: assessor.organization.id, at: installation.clock())
    }

    /// The submission when the member is an assessor who may review its microcredential and is not its educator.
    private func assessable(_ id: Submission.ID, by assessor: Member) throws -> Submission {
        guard assessor.isActive, assessor.has(.assessor) else { throw ReviewError.notAnAssessor }
        let organizationID = assessor.organization.id, me = assessor.person.id
        guard let submission = try store.submissions.fetch(id, in: organizationID),
              submission.educatorID != me,
              try store.submissions.mayAssess(me, submission.microcredentialID, in: organizationID)
        else { throw ReviewError.submissionNotFound }
        return submission
    }
}

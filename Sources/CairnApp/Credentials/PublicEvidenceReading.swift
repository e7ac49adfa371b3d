import CairnCore
import CairnStore

/// Reading the public evidence of an award: the items of the submission that earned it which its
/// educator chose to show with the credential, in two queries whatever their number.
struct PublicEvidenceReading {
    let store: Store

    /// The public items of an award and the enrollment they belong to; nil when its submission is gone
    /// or the award records none (a direct award has no evidence to publish).
    func evidence(of award: Award, version: MicrocredentialVersion, in tx: any Connection) throws
        -> (items: [PublicEvidence], enrollmentID: Enrollment.ID)? {
        guard let submissionID = award.submissionID,
              let submission = try store.submissions.fetch(submissionID, in: award.organizationID, in: tx) else { return nil }
        let choices = try store.enrollments.publicChoices(of: submission.enrollmentID, in: award.organizationID, in: tx)
        return (PublicEvidence.list(submission.snapshot, design: version.design, choices: choices), submission.enrollmentID)
    }
}

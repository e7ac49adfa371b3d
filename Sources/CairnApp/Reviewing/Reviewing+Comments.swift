import CairnCore
import CairnStore
import Foundation

extension Reviewing {
    /// Adds the assessor's comment on a moment of one of the submission's videos, while they hold its claim.
    ///
    /// - Throws: `ReviewError.reviewNotOpen` when the assessor does not hold the claim (or the comment is
    ///   another's or another submission's); `.invalidComment` when the submission has no such video.
    public func addComment(_ comment: VideoComment, on subject: Subject) throws {
        guard subject.isOpen(at: installation.clock()), comment.submissionID == subject.submission.id,
              comment.authorID == subject.assessor.person.id
        else { throw ReviewError.reviewNotOpen }
        try installation.store.reviews.add(comment, in: subject.assessor.organization.id)
    }

    /// Adds the assessor's reply to a comment on one of the attempts of the submission's enrollment,
    /// while they hold the claim or once they decided it.
    ///
    /// - Throws: `ReviewError.reviewNotOpen` for another assessor; `.commentNotFound` for a comment of
    ///   another enrollment; `ReplyError` for an empty or too long text.
    public func reply(to commentID: VideoComment.ID, text: String, on subject: Subject) throws {
        guard subject.isOpen(at: installation.clock()) || subject.isDecidedByAssessor else { throw ReviewError.reviewNotOpen }
        let organizationID = subject.assessor.organization.id
        let loader = AttemptRecords(store: installation.store)
        let records = try loader.records(of: subject.submission.enrollmentID, in: organizationID, decidedOnly: false)
        try loader.reply(to: commentID, text: text, among: records, by: subject.assessor.person.id, in: organizationID,
                         at: installation.clock())
    }
}

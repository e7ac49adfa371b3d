import CairnCore
import CairnStore
import Foundation

extension Earning {
    /// The educator's page of feedback on one decided attempt: the attempt's review and comments, every
    /// attempt on record (those under review without their review), the guidance, and who wrote what.
    public struct FeedbackPage: Sendable {
        public let enrollment: Enrollment
        public let version: MicrocredentialVersion
        /// The decided attempt shown.
        public let record: AttemptRecord
        /// Every attempt of the enrollment, first first.
        public let records: [AttemptRecord]
        public let guidance: AttemptGuidance
        public let names: [Person.ID: String]
    }

    /// The feedback on a decided attempt of the educator's own enrollment, in a fixed number of
    /// queries whatever the number of attempts and comments.
    ///
    /// - Throws: `EnrollmentError.notFound` for another's enrollment, or an attempt not decided or not of it.
    public func feedbackPage(_ enrollmentID: Enrollment.ID, _ submissionID: Submission.ID, by educator: Member) throws -> FeedbackPage {
        try feedbackPage(enrollmentID, by: educator) { $0.submission.id == submissionID }
    }

    /// The feedback on the decided attempt a comment is on (where a refused reply to it is shown again).
    ///
    /// - Throws: `EnrollmentError.notFound` for another's enrollment, or a comment not on one of its decided attempts.
    public func feedbackPage(_ enrollmentID: Enrollment.ID, commentedOn commentID: VideoComment.ID, by educator: Member) throws -> FeedbackPage {
        try feedbackPage(enrollmentID, by: educator) { $0.comments.contains { $0.id == commentID } }
    }

    /// The feedback page of the first decided attempt that `shows`.
    private func feedbackPage(_ enrollmentID: Enrollment.ID, by educator: Member, showing shows: (AttemptRecord) -> Bool) throws -> FeedbackPage {
        let enrollment = try enrollment(enrollmentID, of: educator)
        let organizationID = educator.organization.id, store = installation.store
        let loader = AttemptRecords(store: store)
        // One read: the attempts with their reviews and comments, the authors, the version, the guidance.
        let (records, names, version, guidance) = try store.database.read { tx in
            let records = try loader.records(of: enrollment.id, in: organizationID, decidedOnly: true, in: tx)
            return (records, try loader.authors(in: records, educatorID: enrollment.educatorID, hideEducator: false, in: tx),
                    try store.microcredentials.findVersion(enrollment.versionID, in: organizationID, in: tx),
                    try AttemptGuidance.load(for: educator, enrollmentID: enrollment.id, submissions: records.map(\.submission),
                                             store: store, in: tx))
        }
        guard let record = records.first(where: { $0.review != nil && shows($0) }) else { throw EnrollmentError.notFound }
        return FeedbackPage(enrollment: enrollment, version: version, record: record, records: records, guidance: guidance, names: names)
    }

    /// Adds the educator's reply to a comment on a decided attempt of their own enrollment; returns
    /// the attempt the comment is on.
    ///
    /// - Throws: `EnrollmentError.notFound` for another's enrollment; `ReviewError.commentNotFound` for a
    ///   comment of another enrollment; `ReplyError` for an empty or too long text.
    @discardableResult
    public func reply(to commentID: VideoComment.ID, text: String, in enrollmentID: Enrollment.ID, by educator: Member) throws -> Submission.ID {
        let enrollment = try enrollment(enrollmentID, of: educator)
        let loader = AttemptRecords(store: installation.store)
        let records = try loader.records(of: enrollment.id, in: educator.organization.id, decidedOnly: true)
        return try loader.reply(to: commentID, text: text, among: records, by: educator.person.id, in: educator.organization.id,
                                at: installation.clock()).submissionID
    }
}

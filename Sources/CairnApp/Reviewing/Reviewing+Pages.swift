import CairnCore
import CairnStore
import Foundation

extension Reviewing {
    /// The assessor's queue: what they may take or hold, oldest first, and how long a claim holds.
    public struct QueuePage: Sendable {
        /// The assessor's claims, the longest-waiting submissions and how many wait.
        public let queue: AssessorQueue
        /// How long a claim holds under the organization's policy.
        public let claimDuration: TimeInterval
    }

    /// How many of the submissions an assessor may claim the queue lists: the longest-waiting ones.
    public static let queueListing = 50

    /// The queue page of an assessor, in three queries whatever the size of the queue.
    ///
    /// - Throws: `ReviewError.notAnAssessor` for a member without the assessor role.
    public func queuePage(for assessor: Member) throws -> QueuePage {
        guard assessor.has(.assessor) else { throw ReviewError.notAnAssessor }
        let organizationID = assessor.organization.id
        let queue = try installation.store.submissions.queue(for: assessor.person.id, in: organizationID, at: installation.clock(),
                                                             listing: Self.queueListing)
        let policy = try installation.store.reviewPolicies.policy(in: organizationID)
        return QueuePage(queue: queue, claimDuration: policy.claimDuration)
    }

    /// The review page of one submission: it and the enrollment's earlier attempts with their reviews,
    /// video comments and threads, who wrote them, and whether the viewer holds the claim.
    public struct ReviewPage: Sendable {
        public let subject: Subject
        /// The attempt under review, with its review once decided and its comments.
        public let current: AttemptRecord
        /// The enrollment's earlier attempts, first first.
        public let history: [AttemptRecord]
        /// Who wrote comments and replies; the educator is "Educator" when their name is hidden.
        public let names: [Person.ID: String]
        /// Nil when the microcredential hides educators' names from assessors.
        public let educatorName: String?
        /// Whether the viewer holds the running claim (and may score and comment).
        public let isOpen: Bool
    }

    /// The review page of a submission for the assessor who holds its claim or decided it.
    ///
    /// - Throws: what `open` throws; `ReviewError.reviewNotOpen` for any other assessor.
    public func reviewPage(_ id: Submission.ID, by assessor: Member) throws -> ReviewPage {
        try reviewPage(try open(id, by: assessor))
    }

    /// The review page of an opened submission, in a fixed number of queries whatever the number of
    /// attempts, comments and replies.
    ///
    /// - Throws: `ReviewError.reviewNotOpen` unless the assessor holds the claim or decided the submission.
    public func reviewPage(_ subject: Subject) throws -> ReviewPage {
        let submission = subject.submission, organizationID = subject.assessor.organization.id
        let isOpen = subject.isOpen(at: installation.clock())
        guard isOpen || subject.isDecidedByAssessor else { throw ReviewError.reviewNotOpen }
        let store = installation.store, loader = AttemptRecords(store: store)
        // One read: the attempts with their reviews and comments, the names policy, the authors.
        let (records, hidden, names) = try store.database.read { tx in
            let records = try loader.records(of: submission.enrollmentID, in: organizationID, decidedOnly: false, in: tx)
            let hidden = try store.reviewPolicies.hidesEducatorName(submission.microcredentialID, in: organizationID, in: tx)
            return (records, hidden, try loader.authors(in: records, educatorID: submission.educatorID, hideEducator: hidden, in: tx))
        }
        let current = records.first { $0.submission.id == submission.id } ?? AttemptRecord(submission: submission, review: nil, comments: [])
        return ReviewPage(subject: subject, current: current, history: records.filter { $0.submission.attempt < submission.attempt },
                          names: names, educatorName: hidden ? nil : names[submission.educatorID], isOpen: isOpen)
    }
}

extension Reviewing.Subject {
    /// Whether the assessor decided the submission (and may still read its review and follow its threads).
    public var isDecidedByAssessor: Bool {
        if case .decided(_, let decider, _) = submission.state { return decider == assessor.person.id }
        return false
    }
}

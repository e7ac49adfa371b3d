import CairnCore
import CairnStore
import Foundation

/// Loads an enrollment's attempts with their reviews, video comments and the comments' authors, in a
/// fixed number of queries whatever the number of attempts and comments (the review and feedback pages).
struct AttemptRecords {
    let store: Store

    /// Every attempt of the enrollment, first first, with its review and comments; with
    /// `decidedOnly`, an attempt not decided yet shows neither (the educator's view).
    func records(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID, decidedOnly: Bool) throws -> [AttemptRecord] {
        try store.database.read { try records(of: enrollmentID, in: organizationID, decidedOnly: decidedOnly, in: $0) }
    }

    /// `records(of:in:decidedOnly:)` in the caller's transaction.
    func records(of enrollmentID: Enrollment.ID, in organizationID: Organization.ID, decidedOnly: Bool,
                 in tx: any Connection) throws -> [AttemptRecord] {
        let attempts = try store.submissions.submissions(of: enrollmentID, in: organizationID, in: tx)
        let shown = Set(attempts.filter { !decidedOnly || $0.decision != nil }.map(\.id))
        let reviews = try store.reviews.reviews(of: shown, in: organizationID, in: tx)
        let comments = try store.reviews.comments(on: shown, in: organizationID, in: tx)
        return attempts.map { attempt in
            guard shown.contains(attempt.id) else { return AttemptRecord(submission: attempt, review: nil, comments: []) }
            return AttemptRecord(submission: attempt, review: reviews[attempt.id], comments: comments[attempt.id] ?? [])
        }
    }

    /// The names shown beside comments and replies: the educator's and everyone's who wrote in the
    /// attempts' threads; the educator is "Educator" when the microcredential hides their name from assessors.
    func authors(in records: [AttemptRecord], educatorID: Person.ID, hideEducator: Bool, in tx: any Connection) throws -> [Person.ID: String] {
        var ids = Set(records.flatMap { $0.comments.flatMap { [$0.authorID] + $0.replies.map(\.authorID) } })
        ids.insert(educatorID)
        var names = try store.members.displayNames(of: ids, in: tx)
        if hideEducator { names[educatorID] = "Educator" }
        return names
    }

    /// Adds a reply by `author` to one of these attempts' comments, once its text is checked.
    ///
    /// - Throws: `ReviewError.commentNotFound` when no attempt has the comment; `ReplyError` for its text.
    @discardableResult
    func reply(to commentID: VideoComment.ID, text: String, among records: [AttemptRecord], by author: Person.ID,
               in organizationID: Organization.ID, at now: Date) throws -> VideoComment {
        guard let comment = records.lazy.flatMap(\.comments).first(where: { $0.id == commentID }) else { throw ReviewError.commentNotFound }
        let reply = try CommentReply.checked(commentID: comment.id, authorID: author, text: text, createdAt: now)
        try store.reviews.add(reply, in: organizationID)
        return comment
    }
}

import CairnCore

extension ReviewRepository {
    /// The reviews of these submissions of the organization, by submission, in one query.
    public func reviews(of ids: Set<Submission.ID>, in organizationID: Organization.ID) throws -> [Submission.ID: Review] {
        try database.read { try reviews(of: ids, in: organizationID, in: $0) }
    }

    /// `reviews(of:in:)` in the caller's transaction.
    package func reviews(of ids: Set<Submission.ID>, in organizationID: Organization.ID, in tx: any Connection) throws -> [Submission.ID: Review] {
        guard !ids.isEmpty else { return [:] }
        var reviews: [Submission.ID: Review] = [:]
        for row in try tx.query("""
            SELECT r.* FROM reviews r JOIN submissions s ON s.id = r.submission_id
            WHERE s.organization_id = \(organizationID) AND r.submission_id IN (\(list: Array(ids)))
            """) {
            let review = try row.review()
            reviews[review.submissionID] = review
        }
        return reviews
    }

    /// The video comments on these submissions of the organization, by submission, each list by time
    /// with every comment's replies oldest first: two queries whatever the number of submissions.
    public func comments(on ids: Set<Submission.ID>, in organizationID: Organization.ID) throws -> [Submission.ID: [VideoComment]] {
        try database.read { try comments(on: ids, in: organizationID, in: $0) }
    }

    /// `comments(on:in:)` in the caller's transaction.
    package func comments(on ids: Set<Submission.ID>, in organizationID: Organization.ID,
                          in tx: any Connection) throws -> [Submission.ID: [VideoComment]] {
        guard !ids.isEmpty else { return [:] }
        let replies = Dictionary(grouping: try tx.query("""
            SELECT r.* FROM comment_replies r JOIN video_comments c ON c.id = r.comment_id JOIN submissions s ON s.id = c.submission_id
            WHERE c.submission_id IN (\(list: Array(ids))) AND s.organization_id = \(organizationID) ORDER BY r.created_at, r.id
            """).map { try $0.commentReply() }, by: \.commentID)
        let comments = try tx.query("""
            SELECT c.* FROM video_comments c JOIN submissions s ON s.id = c.submission_id
            WHERE c.submission_id IN (\(list: Array(ids))) AND s.organization_id = \(organizationID)
            ORDER BY c.start_seconds, c.created_at, c.id
            """).map { row in try row.videoComment(replies: replies[try row.get("id"), default: []]) }
        return Dictionary(grouping: comments, by: \.submissionID)
    }
}

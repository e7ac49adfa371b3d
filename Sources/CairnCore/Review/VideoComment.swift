import Foundation

/// An assessor's comment anchored to a moment (or a span) of a video in a submission.
public struct VideoComment: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<VideoComment>
    public let id: ID
    public let submissionID: Submission.ID
    /// The video's blob SHA-256.
    public let fileSHA256: String
    public let startSeconds: Double
    /// Set for a span.
    public let endSeconds: Double?
    public var text: String
    public var criterionID: String?
    public let authorID: Person.ID
    public let createdAt: Date
    /// Oldest first.
    public var replies: [CommentReply]

    /// The longest moment a comment may point at: a day (no classroom video is longer).
    public static let maximumSeconds: Double = 86_400

    /// - Throws: `ReviewError.invalidComment` for a start outside 0…`maximumSeconds` (or not a
    ///   number), an end before the start or past the maximum, or empty text.
    public init(id: ID = .generate(), submissionID: Submission.ID, fileSHA256: String, startSeconds: Double, endSeconds: Double? = nil,
                text: String, criterionID: String? = nil, authorID: Person.ID, createdAt: Date, replies: [CommentReply] = []) throws(ReviewError) {
        guard (0...Self.maximumSeconds).contains(startSeconds),
              endSeconds.map({ (startSeconds...Self.maximumSeconds).contains($0) }) ?? true,
              !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .invalidComment }
        self.id = id
        self.submissionID = submissionID
        self.fileSHA256 = fileSHA256
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.text = text
        self.criterionID = criterionID
        self.authorID = authorID
        self.createdAt = createdAt
        self.replies = replies
    }

    /// "1:05" or "1:05–1:30": the moment as people read it.
    public var timeLabel: String {
        endSeconds.map { Self.clock(startSeconds) + "–" + Self.clock($0) } ?? Self.clock(startSeconds)
    }

    /// A number of seconds as a clock reads: "0:12", "1:05", "1:02:03".
    public static func clock(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(min(max(seconds, 0), maximumSeconds)) : 0
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? "\(h):" + String(format: "%02d:%02d", m, s) : "\(m):" + String(format: "%02d", s)
    }

    /// Comments in the order of the video, then of writing.
    public static func byTime(_ comments: [VideoComment]) -> [VideoComment] {
        comments.sorted { ($0.startSeconds, $0.createdAt, $0.id) < ($1.startSeconds, $1.createdAt, $1.id) }
    }
}

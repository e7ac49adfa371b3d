import Foundation

/// Why a reply to a video comment was refused.
public enum ReplyError: Error, Equatable, Sendable {
    case empty
    case tooLong
}

extension ReplyError: DomainError {
    public var kind: DomainErrorKind { .invalidInput }

    /// What the person replying reads beside the reply field.
    public var message: String {
        switch self {
        case .empty: "Write your reply before sending it."
        case .tooLong: "Keep the reply under 5,000 characters."
        }
    }
}

extension CommentReply {
    /// The longest reply, in characters.
    public static let maximumLength = 5_000

    /// A reply with its text trimmed, once it is neither empty nor too long.
    public static func checked(commentID: VideoComment.ID, authorID: Person.ID, text: String, createdAt: Date) throws(ReplyError) -> CommentReply {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw .empty }
        if trimmed.count > maximumLength { throw .tooLong }
        return CommentReply(commentID: commentID, authorID: authorID, text: trimmed, createdAt: createdAt)
    }
}

import Foundation

/// A reply in the thread of a video comment (the educator answering, the assessor following up).
public struct CommentReply: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<CommentReply>
    public let id: ID
    public let commentID: VideoComment.ID
    public let authorID: Person.ID
    public let text: String
    public let createdAt: Date

    public init(id: ID = .generate(), commentID: VideoComment.ID, authorID: Person.ID, text: String, createdAt: Date) {
        self.id = id
        self.commentID = commentID
        self.authorID = authorID
        self.text = text
        self.createdAt = createdAt
    }
}

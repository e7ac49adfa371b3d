/// A pilot participant's opinion of one evidence requirement or criterion: how clear it was, and why.
public struct ItemFeedback: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Hashable, Sendable {
        case requirement, criterion
    }

    public var kind: Kind
    /// The requirement's or criterion's id in the design.
    public var itemID: String
    /// 1 (unclear) … 5 (perfectly clear).
    public var clarity: Int
    public var comment: String

    public init(kind: Kind, itemID: String, clarity: Int, comment: String = "") {
        self.kind = kind
        self.itemID = itemID
        self.clarity = clarity
        self.comment = comment
    }
}

/// The level an assessor gave one criterion, and the feedback for it.
public struct ScoreEntry: Codable, Hashable, Sendable {
    public var criterionID: String
    public var levelID: String
    public var feedback: String

    public init(criterionID: String, levelID: String, feedback: String = "") {
        self.criterionID = criterionID
        self.levelID = levelID
        self.feedback = feedback
    }
}

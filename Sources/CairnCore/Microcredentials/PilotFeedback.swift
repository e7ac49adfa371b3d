import Foundation

/// One pilot participant's answers to the structured feedback form of a version.
public struct PilotFeedback: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<PilotFeedback>

    /// The scale of clarity and relevance answers.
    public static let ratingRange = 1...5
    /// The workload answers accepted, in hours.
    public static let workloadRange = 0.0...200.0

    public let id: ID
    public let versionID: MicrocredentialVersion.ID
    public let personID: Person.ID
    public var role: PilotParticipant.Role
    /// Per requirement and criterion; any may be left out.
    public var items: [ItemFeedback]
    /// How relevant to their practice: 1…5.
    public var relevance: Int
    /// Hours the work actually took.
    public var workloadHours: Double
    public var wouldRecommend: Bool
    public var comments: String
    public let submittedAt: Date

    public init(id: ID = .generate(), versionID: MicrocredentialVersion.ID, personID: Person.ID, role: PilotParticipant.Role,
                items: [ItemFeedback] = [], relevance: Int, workloadHours: Double, wouldRecommend: Bool, comments: String = "",
                submittedAt: Date) {
        self.id = id
        self.versionID = versionID
        self.personID = personID
        self.role = role
        self.items = items
        self.relevance = relevance
        self.workloadHours = workloadHours
        self.wouldRecommend = wouldRecommend
        self.comments = comments
        self.submittedAt = submittedAt
    }

    /// Checks the answers: ratings in 1…5, workload in 0…200 hours, at most one answer per item and,
    /// when the design is given, only items it has.
    ///
    /// - Throws: the first `PilotFeedbackError` found, items in order, then relevance, then workload.
    public func validate(against design: Design? = nil) throws(PilotFeedbackError) {
        var seen: Set<String> = []
        let requirementIDs = design.map { Set($0.requirements.map(\.id)) }
        let criterionIDs = design.map { Set($0.rubric.criteria.map(\.id)) }
        for item in items {
            if let known = item.kind == .requirement ? requirementIDs : criterionIDs, !known.contains(item.itemID) {
                throw .unknownItem(kind: item.kind, itemID: item.itemID)
            }
            guard seen.insert("\(item.kind.rawValue):\(item.itemID)").inserted else {
                throw .duplicateItem(kind: item.kind, itemID: item.itemID)
            }
            guard Self.ratingRange.contains(item.clarity) else { throw .clarityOutOfRange(kind: item.kind, itemID: item.itemID) }
        }
        guard Self.ratingRange.contains(relevance) else { throw .relevanceOutOfRange }
        guard Self.workloadRange.contains(workloadHours) else { throw .workloadOutOfRange }
    }
}

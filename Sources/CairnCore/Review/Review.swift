import Foundation

/// An assessor's judgement of one submission: a score and feedback per criterion, and the decision.
public struct Review: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<Review>

    /// A decision other than the computed one, with why.
    public struct Override: Codable, Hashable, Sendable {
        public let decision: Decision
        public let justification: String

        public init(decision: Decision, justification: String) {
            self.decision = decision
            self.justification = justification
        }
    }

    public let id: ID
    public let submissionID: Submission.ID
    public let assessorID: Person.ID
    /// In rubric order.
    public let scores: [ScoreEntry]
    public let summary: String
    /// What the version's success rule decides from the scores.
    public let computedDecision: Decision
    public let override: Override?
    public let decidedAt: Date

    public init(id: ID = .generate(), submissionID: Submission.ID, assessorID: Person.ID, scores: [ScoreEntry], summary: String = "",
                computedDecision: Decision, override: Override?, decidedAt: Date) {
        self.id = id
        self.submissionID = submissionID
        self.assessorID = assessorID
        self.scores = scores
        self.summary = summary
        self.computedDecision = computedDecision
        self.override = override
        self.decidedAt = decidedAt
    }

    /// The decision that counts: the override's, or the computed one.
    public var decision: Decision { override?.decision ?? computedDecision }

    /// Criterion id → level id.
    public var levels: [String: String] { Dictionary(scores.map { ($0.criterionID, $0.levelID) }, uniquingKeysWith: { a, _ in a }) }

    /// Judges a submission against its version's rubric.
    ///
    /// An override equal to the computed decision is dropped; a different one needs a justification.
    /// - Throws: `ReviewError` from the claim (`.notClaimedByYou`, `.claimExpired`, `.alreadyDecided`,
    ///   `.assessorIsAuthor`), then `.rubricIncomplete(missing:)`, `.unknownLevel`, `.unknownCriterion`,
    ///   `.justificationRequired`.
    public static func make(id: ID = .generate(), of submission: Submission, by assessor: Person.ID, scores: [ScoreEntry],
                            summary: String = "", override: Override? = nil, rubric: Rubric, at now: Date) throws(ReviewError) -> Review {
        try submission.checkDecidable(by: assessor, at: now)
        let ordered = try validate(scores, against: rubric)
        let computed = try decide(ordered, rubric: rubric)
        var kept = override
        if let override {
            if override.decision == computed { kept = nil }
            else if override.justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .justificationRequired }
        }
        return Review(id: id, submissionID: submission.id, assessorID: assessor, scores: ordered, summary: summary,
                      computedDecision: computed, override: kept, decidedAt: now)
    }

    /// Checks scores cover every criterion with a known level; returns them in rubric order.
    public static func validate(_ scores: [ScoreEntry], against rubric: Rubric) throws(ReviewError) -> [ScoreEntry] {
        let known = Set(rubric.criteria.map(\.id))
        if let extra = scores.first(where: { !known.contains($0.criterionID) }) { throw .unknownCriterion(extra.criterionID) }
        let missing = rubric.criteria.map(\.id).filter { id in !scores.contains { $0.criterionID == id } }
        guard missing.isEmpty else { throw .rubricIncomplete(missing: missing) }
        if let bad = scores.first(where: { rubric.level($0.levelID) == nil }) { throw .unknownLevel(bad.levelID, criterion: bad.criterionID) }
        return rubric.criteria.compactMap { criterion in scores.first { $0.criterionID == criterion.id } }
    }

    static func decide(_ scores: [ScoreEntry], rubric: Rubric) throws(ReviewError) -> Decision {
        do { return try rubric.successRule.decide(Dictionary(scores.map { ($0.criterionID, $0.levelID) }, uniquingKeysWith: { a, _ in a }), in: rubric) }
        catch {
            switch error {
            case .missingScore(let criterion): throw .rubricIncomplete(missing: [criterion])
            case .unknownLevel(let level, let criterion): throw .unknownLevel(level, criterion: criterion ?? "")
            case .unknownCriterion(let criterion): throw .unknownCriterion(criterion)
            }
        }
    }
}

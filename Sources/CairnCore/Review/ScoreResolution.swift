import Foundation

/// A designer's final levels for a submission whose blind second score disagreed with its review, and why.
///
/// Agreement is still measured on the two assessors' own scores; the resolution is the record of
/// what the levels should have been, for the assessors to learn from.
public struct ScoreResolution: Hashable, Sendable {
    public let submissionID: Submission.ID
    /// The assessor who gave the second score.
    public let secondAssessorID: Person.ID
    /// Criterion id → final level id, every criterion of the rubric.
    public let levels: [String: String]
    public let note: String
    public let resolvedBy: Person.ID
    public let resolvedAt: Date

    public init(submissionID: Submission.ID, secondAssessorID: Person.ID, levels: [String: String], note: String,
                resolvedBy: Person.ID, resolvedAt: Date) {
        self.submissionID = submissionID
        self.secondAssessorID = secondAssessorID
        self.levels = levels
        self.note = note
        self.resolvedBy = resolvedBy
        self.resolvedAt = resolvedAt
    }

    /// A resolution whose levels cover the rubric with levels it knows.
    ///
    /// - Throws: `ReviewError.rubricIncomplete`, `.unknownLevel`, `.unknownCriterion`.
    public static func make(submissionID: Submission.ID, secondAssessorID: Person.ID, levels: [String: String], note: String,
                            rubric: Rubric, by designer: Person.ID, at now: Date) throws(ReviewError) -> ScoreResolution {
        let checked = try Review.validate(levels.map { ScoreEntry(criterionID: $0.key, levelID: $0.value) }, against: rubric)
        return ScoreResolution(submissionID: submissionID, secondAssessorID: secondAssessorID,
                               levels: Dictionary(uniqueKeysWithValues: checked.map { ($0.criterionID, $0.levelID) }),
                               note: note, resolvedBy: designer, resolvedAt: now)
    }
}

import CairnCore
import CairnHTTP

/// What an assessor typed in the review form: a level and feedback per criterion, the summary,
/// and an override with its justification; checked against the rubric before anything is saved.
struct ReviewForm: Sendable, Equatable {
    /// Criterion id → level id.
    var levels: [String: String] = [:]
    /// Criterion id → feedback.
    var feedback: [String: String] = [:]
    var summary = ""
    /// "" keeps the computed decision; otherwise a `Decision` raw value.
    var override = ""
    var justification = ""

    /// The form's field names.
    /// One name with every scoring form (calibration, second scoring, exemplars, resolutions).
    static func levelField(_ criterionID: String) -> String { RubricLevelFields.fieldName(prefix: "", criterion: criterionID) }
    static func feedbackField(_ criterionID: String) -> String { "feedback-" + criterionID }
    static let summaryField = "summary"
    static let overrideField = "override"
    static let justificationField = "justification"

    init() {}

    init(_ form: FormData, rubric: Rubric) {
        for criterion in rubric.criteria {
            levels[criterion.id] = form[Self.levelField(criterion.id)] ?? ""
            feedback[criterion.id] = form[Self.feedbackField(criterion.id)] ?? ""
        }
        summary = form[Self.summaryField] ?? ""
        override = form[Self.overrideField] ?? ""
        justification = form[Self.justificationField] ?? ""
    }

    /// The scores typed, for the criteria given a level.
    var scores: [ScoreEntry] {
        levels.filter { !$0.value.isEmpty }.map { criterion, level in
            ScoreEntry(criterionID: criterion, levelID: level, feedback: feedback[criterion, default: ""].trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// What the success rule decides from the levels typed; nil until every criterion has a known level.
    func computedDecision(_ rubric: Rubric) -> Decision? {
        try? rubric.successRule.decide(levels.filter { !$0.value.isEmpty }, in: rubric)
    }

    /// What a valid form records: the scores in rubric order, the decision the rule computes, the override kept.
    struct Checked: Sendable {
        let scores: [ScoreEntry]
        let computed: Decision
        let override: Review.Override?
    }

    /// The checked review, or nil with the messages beside the fields added to `errors`.
    func check(against rubric: Rubric, into errors: inout FormErrors) -> Checked? {
        for criterion in rubric.criteria {
            let level = levels[criterion.id, default: ""]
            if level.isEmpty || rubric.level(level) == nil {
                errors.add("Choose a level for “\(criterion.title)”.", for: Self.levelField(criterion.id))
            }
            if feedback[criterion.id, default: ""].count > 10_000 {
                errors.add("Keep the feedback on “\(criterion.title)” under 10,000 characters.", for: Self.feedbackField(criterion.id))
            }
        }
        if summary.count > 20_000 { errors.add("Keep the summary under 20,000 characters.", for: Self.summaryField) }
        let chosen = Decision(rawValue: override)
        if !override.isEmpty && chosen == nil { errors.add("Choose to keep the computed decision, or earned, or not yet.", for: Self.overrideField) }
        let computed = computedDecision(rubric)
        let trimmedJustification = justification.trimmingCharacters(in: .whitespacesAndNewlines)
        if let chosen, chosen != computed, trimmedJustification.isEmpty {
            errors.add("Explain why you decide “\(chosen.displayName)” instead of what the rubric gives.", for: Self.justificationField)
        }
        guard errors.isEmpty, let computed else { return nil }
        let kept = chosen.flatMap { $0 == computed ? nil : Review.Override(decision: $0, justification: trimmedJustification) }
        let ordered = rubric.criteria.compactMap { criterion in scores.first { $0.criterionID == criterion.id } }
        return Checked(scores: ordered, computed: computed, override: kept)
    }
}

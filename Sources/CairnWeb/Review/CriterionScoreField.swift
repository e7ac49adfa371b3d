import CairnCore
import CairnHTML

/// One criterion in the review form: its levels as radios, each with the criterion's descriptor
/// at that level beside it, then the feedback for the educator on that criterion.
struct CriterionScoreField: HTML {
    let criterion: Criterion
    let levels: [Level]
    let selected: String?
    let feedback: String
    let errors: FormErrors

    var body: some HTML {
        let name = ReviewForm.levelField(criterion.id)
        div(.class("criterion-score"), .id("criterion-" + criterion.id)) {
            CriterionLevelChoice(criterion: criterion, levels: levels, name: name, selected: selected, error: errors[name])
            TextArea(label: "Feedback on “\(criterion.title)”", name: ReviewForm.feedbackField(criterion.id), value: feedback, rows: 3,
                     hint: "The educator reads this with the level you chose.", error: errors[ReviewForm.feedbackField(criterion.id)])
        }
    }
}

import CairnCore

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
            ChoiceFieldset(legend: criterion.title, name: name, hint: nil, error: errors[name]) {
                div(.class("radios level-choices")) {
                    for (index, level) in levels.enumerated() {
                        let id = ChoiceFieldset.choiceID(name: name, index: index, value: level.id)
                        div(.class("radio level-choice")) {
                            input(.id(id), .name(name), .type(.radio), .value(level.id), .class("level-choice__input"),
                                  selected == level.id ? .checked : nil)
                            label(.for(id), .class("radio__label level-choice__label")) {
                                strong { level.name }
                                if let descriptor = criterion.descriptors[level.id], !descriptor.isEmpty {
                                    span(.class("level-choice__descriptor")) { descriptor }
                                }
                            }
                        }
                    }
                }
            }
            TextArea(label: "Feedback on “\(criterion.title)”", name: ReviewForm.feedbackField(criterion.id), value: feedback, rows: 3,
                     hint: "The educator reads this with the level you chose.", error: errors[ReviewForm.feedbackField(criterion.id)])
        }
    }
}

import CairnCore
import CairnHTML

/// One criterion's levels as radio buttons, each with the criterion's descriptor at that level:
/// how every scoring form asks for a level (review, calibration, second scoring, exemplars, resolutions).
struct CriterionLevelChoice: HTML {
    let criterion: Criterion
    let levels: [Level]
    /// The field's name (and error key).
    let name: String
    let selected: String?
    let error: String?

    var body: some HTML {
        ChoiceFieldset(legend: criterion.title, name: name, hint: nil, error: error) {
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
    }
}

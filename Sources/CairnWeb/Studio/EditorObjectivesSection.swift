import CairnCore
import CairnHTML

/// The learning objectives, in order: a statement each (`objective_<id>`, id `objective-<id>`),
/// with move and remove buttons (`up:<id>`, `down:<id>`, `remove:<id>`) and `add`.
struct EditorObjectivesSection: HTML {
    let state: EditorState

    var body: some HTML {
        EditorSectionForm(.objectives, state: state,
                          intro: "What an educator who earns it can do, one measurable statement each: use verbs an assessor can see in the evidence (design, explain, use, adjust).") {
            if state.design.objectives.isEmpty {
                p(.class("empty-state"), .id("objectives")) { "No objectives yet. Add the first one." }
            } else {
                ol(.class("editor-list"), .id("objectives")) {
                    for (index, objective) in state.design.objectives.enumerated() {
                        li(.class("editor-item")) {
                            TextArea(label: state.objectiveName(index), name: "objective_\(objective.id)",
                                     value: state.value("objective_\(objective.id)", objective.statement), rows: 2,
                                     error: state.errors["objective_\(objective.id)"])
                            ItemControls(id: objective.id, itemName: state.objectiveName(index),
                                         isFirst: index == 0, isLast: index == state.design.objectives.count - 1)
                        }
                    }
                }
            }
            div(.class("actions")) {
                SubmitButton("Add an objective", style: .secondary, name: "action", value: "add")
            }
        }
    }
}

import CairnCore
import CairnHTML

/// The rubric's level scale, lowest first: `level_<id>` (name, id `level-<id>`) and
/// `level_<id>_points`; buttons `up:<id>`, `down:<id>`, `remove:<id>`, and `add` (named by `new_level`).
struct EditorLevelsSection: HTML {
    let state: EditorState

    var levels: [Level] { state.design.rubric.levels }

    var body: some HTML {
        EditorSectionForm(.levels, state: state,
                          intro: "The scale assessors use for every criterion, lowest first. Each level is worth more points than the one below.") {
            ol(.class("editor-list editor-levels"), .id("levels")) {
                for (index, level) in levels.enumerated() {
                    li(.class("editor-item")) {
                        div(.class("field-row")) {
                            TextField(label: "Level \(index + 1) name", name: "level_\(level.id)",
                                      value: state.value("level_\(level.id)", level.name), error: state.errors["level_\(level.id)"])
                            TextField(label: "Points", name: "level_\(level.id)_points",
                                      value: state.value("level_\(level.id)_points", String(level.points)), kind: .decimal,
                                      error: state.errors["level_\(level.id)_points"])
                        }
                        ItemControls(id: level.id, itemName: level.name.isEmpty ? "Level \(index + 1)" : level.name,
                                     isFirst: index == 0, isLast: index == levels.count - 1)
                    }
                }
            }
            div(.class("add-row")) {
                TextField(label: "New level name", name: "new_level", value: state.value("new_level", ""),
                          hint: "Added at the top of the scale.", error: state.errors["new_level"])
                SubmitButton("Add a level", style: .secondary, name: "action", value: "add")
            }
        }
    }
}

/// The rubric's criteria: `criterion_<id>` (title, id `criterion-<id>`), a descriptor per level
/// `criterion_<id>_level_<level id>` (id `criterion-<id>-level-<level id>`), and checkboxes
/// `criterion_<id>_objectives` and `criterion_<id>_requirements`; buttons `up:<id>`, `down:<id>`,
/// `remove:<id>` and `add`.
struct EditorCriteriaSection: HTML {
    let state: EditorState

    var design: Design { state.design }

    var body: some HTML {
        EditorSectionForm(.criteria, state: state,
                          intro: "What assessors judge. Describe what the evidence looks like at every level, and link each criterion to the objectives it assesses and the evidence assessors read.") {
            if design.rubric.criteria.isEmpty {
                p(.class("empty-state"), .id("criteria")) { "No criteria yet. Add the first one." }
            } else {
                ol(.class("editor-list"), .id("criteria")) {
                    for (index, criterion) in design.rubric.criteria.enumerated() {
                        li(.class("editor-item editor-criterion")) {
                            let name = "criterion_\(criterion.id)"
                            let label = criterion.title.isEmpty ? "Criterion \(index + 1)" : criterion.title
                            h3(.class("editor-item__title")) { "Criterion \(index + 1)" }
                            TextField(label: "Criterion \(index + 1) title", name: name,
                                      value: state.value(name, criterion.title), error: state.errors[name])
                            fieldset(.class("fieldset descriptors")) {
                                legend(.class("fieldset__legend")) { "What each level looks like" }
                                for level in design.rubric.levels {
                                    let field = "\(name)_level_\(level.id)"
                                    TextArea(label: level.name.isEmpty ? level.id : level.name, name: field,
                                             value: state.value(field, criterion.descriptors[level.id] ?? ""), rows: 2,
                                             error: state.errors[field])
                                }
                            }
                            if !design.objectives.isEmpty {
                                CheckboxGroup(legend: "Objectives it assesses", name: "\(name)_objectives",
                                              choices: design.objectives.enumerated().map { Choice(value: $1.id, label: "\($0 + 1). \($1.statement)") },
                                              selected: Set(criterion.objectiveIDs), error: state.errors["\(name)_objectives"])
                            }
                            if !design.requirements.isEmpty {
                                CheckboxGroup(legend: "Evidence assessors read", name: "\(name)_requirements",
                                              choices: design.requirements.map { Choice(value: $0.id, label: $0.title.isEmpty ? $0.id : $0.title) },
                                              selected: Set(criterion.requirementIDs), error: state.errors["\(name)_requirements"])
                            }
                            ItemControls(id: criterion.id, itemName: label, isFirst: index == 0,
                                         isLast: index == design.rubric.criteria.count - 1)
                        }
                    }
                }
            }
            div(.class("actions")) {
                SubmitButton("Add a criterion", style: .secondary, name: "action", value: "add")
            }
        }
    }
}

/// The success rule: `rule` (`every` or `points`), `rule_level` for the first, `rule_minimum` and
/// `rule_floor` for the second. Anchor: `success-rule`.
struct EditorRuleSection: HTML {
    let state: EditorState

    var rubric: Rubric { state.design.rubric }
    var levelChoices: [Choice] { rubric.levels.map { Choice(value: $0.id, label: $0.name.isEmpty ? $0.id : $0.name) } }

    var body: some HTML {
        let (kind, level, minimum, floor): (String, String, String, String) = switch rubric.successRule {
        case let .everyCriterionAtLeast(level): ("every", level, "", rubric.levels.first?.id ?? "")
        case let .pointsAtLeast(minimum, floor): ("points", rubric.passingLevelID, String(minimum), floor)
        }
        EditorSectionForm(.rule, state: state, intro: "How the assessor's scores decide Earned or Not yet.") {
            div(.id("success-rule"), .class("rule-editor"), .tabindex(-1)) {
                RadioGroup(legend: "Earned when", name: "rule",
                           choices: [Choice(value: "every", label: "every criterion reaches a level"),
                                     Choice(value: "points", label: "the points add up to a minimum, with a floor for each criterion")],
                           selected: state.value("rule", kind), error: state.errors["rule"])
                SelectField(label: "Level every criterion must reach", name: "rule_level", choices: levelChoices,
                            selected: state.value("rule_level", level), error: state.errors["rule_level"])
                div(.class("field-row")) {
                    TextField(label: "Fewest points", name: "rule_minimum", value: state.value("rule_minimum", minimum), kind: .decimal,
                              hint: "Most possible: \(rubric.maximumPoints).", error: state.errors["rule_minimum"])
                    SelectField(label: "No criterion below", name: "rule_floor", choices: levelChoices,
                                selected: state.value("rule_floor", floor), error: state.errors["rule_floor"])
                }
                p(.class("success-rule")) { strong { "Now: " }; rubric.successRuleSentence }
            }
        }
    }
}

import CairnCore
import CairnHTML

/// The evidence requirements, part by part.
///
/// Part fields: `part_<pid>_title`; buttons `part-up:<pid>`, `part-down:<pid>`, `part-remove:<pid>`,
/// `add:<pid>` (with the kind chosen in `new_kind_<pid>`), and `add-part` (titled by `new_part_title`).
/// Requirement fields, prefix `requirement_<rid>_`: `title`, `kind`, `prompt`, `guidance`,
/// `required` (checkbox, value `yes`), `objectives` (checkboxes of objective ids), `min_words`,
/// `max_words`, `file_types` (comma-separated), `max_file_mb`, `max_video_minutes`; buttons
/// `up:<rid>`, `down:<rid>`, `remove:<rid>`. Anchors: `part-<pid>`, `requirement-<rid>`,
/// `requirement-<rid>-limits`, `parts`.
struct EditorEvidenceSection: HTML {
    let state: EditorState

    var design: Design { state.design }

    var kindChoices: [Choice] { EvidenceKind.allCases.map { Choice(value: $0.rawValue, label: $0.displayName) } }

    var body: some HTML {
        EditorSectionForm(.evidence, state: state,
                          intro: "What the educator submits, grouped in parts in the order they fill them in. Link each requirement to the objectives it shows.") {
            div(.id("parts")) {
                for (pi, part) in design.parts.enumerated() {
                    fieldset(.class("editor-part"), .id("part-\(part.id)")) {
                        legend(.class("editor-part__legend")) { "Part \(pi + 1): \(part.title)" }
                        TextField(label: "Part \(pi + 1) title", name: "part_\(part.id)_title",
                                  value: state.value("part_\(part.id)_title", part.title), error: state.errors["part_\(part.id)_title"])
                        ItemControls(id: part.id, itemName: "Part \(pi + 1)", isFirst: pi == 0,
                                     isLast: pi == design.parts.count - 1, prefix: "part-")
                        if part.requirements.isEmpty {
                            p(.class("muted")) { "No evidence requirement in this part yet." }
                        }
                        for (r, requirement) in part.requirements.enumerated() {
                            RequirementEditor(state: state, requirement: requirement, kindChoices: kindChoices,
                                              isFirst: pi == 0 && r == 0,
                                              isLast: pi == design.parts.count - 1 && r == part.requirements.count - 1)
                        }
                        div(.class("add-row")) {
                            SelectField(label: "Kind of evidence to add to part \(pi + 1)", name: "new_kind_\(part.id)",
                                        choices: kindChoices, selected: EvidenceKind.reflection.rawValue)
                            SubmitButton("Add a requirement to part \(pi + 1)", style: .secondary, name: "action", value: "add:\(part.id)")
                        }
                    }
                }
            }
            div(.class("add-row")) {
                TextField(label: "New part title", name: "new_part_title", value: state.value("new_part_title", ""),
                          hint: "Such as “Artifacts” or “Reflection”.", error: state.errors["new_part_title"])
                SubmitButton("Add a part", style: .secondary, name: "action", value: "add-part")
            }
        }
    }
}

/// The fields of one evidence requirement.
struct RequirementEditor: HTML {
    let state: EditorState
    let requirement: EvidenceRequirement
    let kindChoices: [Choice]
    let isFirst: Bool
    let isLast: Bool

    var prefix: String { "requirement_\(requirement.id)_" }
    var name: String { requirement.title.isEmpty ? "Requirement \(requirement.id)" : requirement.title }

    func number(_ value: Int?) -> String { value.map(String.init) ?? "" }

    var body: some HTML {
        div(.class("editor-item editor-requirement"), .id("requirement-\(requirement.id)"), .tabindex(-1)) {
            h3(.class("editor-item__title")) { name }
            TextField(label: "Title", name: prefix + "title", value: state.value(prefix + "title", requirement.title),
                      error: state.errors[prefix + "title"])
            SelectField(label: "Kind of evidence", name: prefix + "kind", choices: kindChoices,
                        selected: state.value(prefix + "kind", requirement.kind.rawValue), error: state.errors[prefix + "kind"])
            TextArea(label: "Prompt", name: prefix + "prompt", value: state.value(prefix + "prompt", requirement.prompt), rows: 3,
                     hint: "What the educator is asked to submit.", error: state.errors[prefix + "prompt"])
            TextArea(label: "Guidance", name: prefix + "guidance", value: state.value(prefix + "guidance", requirement.guidance), rows: 3,
                     hint: "Markdown: advice on a strong answer.", error: state.errors[prefix + "guidance"])
            div(.class("checkbox")) {
                input(.id(FieldID.of(prefix + "required")), .name(prefix + "required"), .type(.checkbox), .value("yes"),
                      requirement.required ? .checked : nil)
                label(.for(FieldID.of(prefix + "required")), .class("checkbox__label")) { "Required (otherwise optional)" }
            }
            if !state.design.objectives.isEmpty {
                CheckboxGroup(legend: "Objectives it shows", name: prefix + "objectives",
                              choices: state.design.objectives.enumerated().map { Choice(value: $1.id, label: "\($0 + 1). \($1.statement)") },
                              selected: Set(requirement.objectiveIDs), error: state.errors[prefix + "objectives"])
            }
            fieldset(.class("fieldset editor-limits"), .id("requirement-\(requirement.id)-limits"), .tabindex(-1)) {
                legend(.class("fieldset__legend")) { "Limits" }
                p(.class("hint")) { "Leave empty for no limit. No file types: no files accepted." }
                div(.class("field-row")) {
                    TextField(label: "Fewest words", name: prefix + "min_words",
                              value: state.value(prefix + "min_words", number(requirement.limits.minWords)), kind: .decimal,
                              error: state.errors[prefix + "min_words"])
                    TextField(label: "Most words", name: prefix + "max_words",
                              value: state.value(prefix + "max_words", number(requirement.limits.maxWords)), kind: .decimal,
                              error: state.errors[prefix + "max_words"])
                    TextField(label: "File types", name: prefix + "file_types",
                              value: state.value(prefix + "file_types", requirement.limits.fileTypes.joined(separator: ", ")),
                              hint: "Such as “pdf, docx, jpg”.", error: state.errors[prefix + "file_types"])
                    TextField(label: "Largest file (MB)", name: prefix + "max_file_mb",
                              value: state.value(prefix + "max_file_mb", number(requirement.limits.maxFileMegabytes)), kind: .decimal,
                              error: state.errors[prefix + "max_file_mb"])
                    TextField(label: "Longest video (minutes)", name: prefix + "max_video_minutes",
                              value: state.value(prefix + "max_video_minutes", number(requirement.limits.maxVideoMinutes)), kind: .decimal,
                              error: state.errors[prefix + "max_video_minutes"])
                }
            }
            ItemControls(id: requirement.id, itemName: name, isFirst: isFirst, isLast: isLast)
        }
    }
}

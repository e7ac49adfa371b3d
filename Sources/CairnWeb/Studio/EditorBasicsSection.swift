import CairnCore
import CairnHTML

/// The editor's first section: what the catalog shows about the microcredential.
///
/// Fields: `title`, `summary`, `competency`, `key_method`, `method_components` (one per line),
/// `research` and `resources` (Markdown), links as `link_<n>_title` and `link_<n>` (n from 1; one
/// empty row more to add a link; clearing both removes it), `subjects` (comma-separated),
/// `grade_bands` (checkboxes), `estimated_hours`, `credit_hours`, `validity_months` (empty for no
/// expiry). Ids follow the checker's anchors (`title`, `link-2`, `grade-bands`, …). The image and its
/// alt text, and the attached files, have multipart forms of their own after this one
/// (`EditorImageForm`, `EditorAttachmentsForm`).
struct EditorBasicsSection: HTML {
    let state: EditorState

    var design: Design { state.design }

    var body: some HTML {
        EditorSectionForm(.basics, state: state,
                          intro: "What educators read in the catalog before they choose. Research, resources and guidance use Markdown.",
                          after: HTMLGroup { EditorImageForm(state: state); EditorAttachmentsForm(state: state) }) {
            TextField(label: "Title", name: "title", value: state.value("title", design.title),
                      error: state.errors["title"], required: true)
            TextArea(label: "Summary", name: "summary", value: state.value("summary", design.summary), rows: 2,
                     hint: "One or two sentences for the catalog's card.", error: state.errors["summary"])
            TextArea(label: "Competency statement", name: "competency", value: state.value("competency", design.competency), rows: 3,
                     hint: "The one competency this microcredential recognizes.", error: state.errors["competency"])
            TextArea(label: "Key method", name: "key_method", value: state.value("key_method", design.keyMethod), rows: 2,
                     error: state.errors["key_method"])
            TextArea(label: "Method components", name: "method_components",
                     value: state.value("method_components", design.methodComponents.joined(separator: "\n")), rows: 4,
                     hint: "One per line.", error: state.errors["method_components"])
            TextArea(label: "Supporting research", name: "research", value: state.value("research", design.research), rows: 6,
                     hint: "Markdown: **bold**, *italic*, lists, [links](https://…), tables.", error: state.errors["research"])
            TextArea(label: "Resources", name: "resources", value: state.value("resources", design.resources), rows: 6,
                     hint: "Markdown.", error: state.errors["resources"])
            fieldset(.class("fieldset links-editor"), .id("links")) {
                legend(.class("fieldset__legend")) { "Links" }
                p(.class("hint")) { "Web addresses starting with https:// or http://. Clear both boxes of a row to remove it." }
                for (index, link) in (design.links + [ResourceLink(title: "", url: "")]).enumerated() {
                    let n = index + 1
                    div(.class("link-row")) {
                        TextField(label: "Link \(n) title", name: "link_\(n)_title",
                                  value: state.value("link_\(n)_title", link.title), error: state.errors["link_\(n)_title"])
                        TextField(label: "Link \(n) address", name: "link_\(n)",
                                  value: state.value("link_\(n)", link.url), error: state.errors["link_\(n)"])
                    }
                }
            }
            TextField(label: "Subjects", name: "subjects", value: state.value("subjects", design.subjects.joined(separator: ", ")),
                      hint: "Separated by commas, such as “Assessment, Literacy”.", error: state.errors["subjects"])
            CheckboxGroup(legend: "Grade bands", name: "grade_bands",
                          choices: GradeBand.allCases.map { Choice(value: $0.rawValue, label: $0.displayName) },
                          selected: Set(design.gradeBands.map(\.rawValue)), error: state.errors["grade_bands"])
            div(.class("field-row")) {
                TextField(label: "Estimated hours of work", name: "estimated_hours",
                          value: state.value("estimated_hours", Wording.number(design.estimatedHours)), kind: .decimal,
                          error: state.errors["estimated_hours"])
                TextField(label: "Credit hours", name: "credit_hours",
                          value: state.value("credit_hours", Wording.number(design.creditHours)), kind: .decimal,
                          hint: "For license renewal; 0 for none.", error: state.errors["credit_hours"])
                TextField(label: "Valid for (months)", name: "validity_months",
                          value: state.value("validity_months", design.validityMonths.map(String.init) ?? ""), kind: .decimal,
                          hint: "Empty: earned credentials never expire.", error: state.errors["validity_months"])
            }
        }
    }
}

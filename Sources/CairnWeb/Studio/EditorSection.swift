import CairnCore
import CairnHTML

/// The editor's sections, each its own form posting to `/studio/:id/edit/<rawValue>`.
public enum EditorSection: String, CaseIterable, Sendable {
    case basics, objectives, evidence, levels, criteria, rule

    /// The section's heading.
    var title: String {
        switch self {
        case .basics: "Basics"
        case .objectives: "Learning objectives"
        case .evidence: "Evidence requirements"
        case .levels: "Rubric levels"
        case .criteria: "Rubric criteria"
        case .rule: "Success rule"
        }
    }

    /// The section's element id, for the table of contents.
    var anchor: String { "section-\(rawValue)" }
}

/// What every editor section needs: the design, what was typed but could not be stored, the
/// errors of the last post, and where to post.
struct EditorState {
    let design: Design
    let typed: [String: String]
    let errors: FormErrors
    let csrfToken: String
    let microcredentialID: Microcredential.ID
    /// Where the design's uploaded image is served, when it has one.
    var imageURL: String? = nil
    /// Where each attached file is served, by blob.
    var attachmentURLs: [String: String] = [:]

    /// What a field shows: what was typed last, when the post failed; otherwise the stored value.
    func value(_ name: String, _ stored: String) -> String { typed[name] ?? stored }

    func action(_ section: EditorSection) -> String { StudioEndpoints.saveSection(section).path(microcredentialID) }

    /// "Objective 2", "Criterion “Hinge questions”": how buttons name the item they act on.
    func objectiveName(_ index: Int) -> String { "Objective \(index + 1)" }
}

/// One editor section: a heading, a short explanation, and a form with a default save button.
struct EditorSectionForm: HTML {
    let kind: EditorSection
    let state: EditorState
    let intro: String
    let content: HTMLGroup
    let after: HTMLGroup

    /// - Parameter after: more of the section after its form, such as a form of its own (forms do not nest).
    init(_ kind: EditorSection, state: EditorState, intro: String, after: HTMLGroup = HTMLGroup(),
         @HTMLBuilder content: () -> HTMLGroup) {
        self.kind = kind
        self.state = state
        self.intro = intro
        self.content = content()
        self.after = after
    }

    var body: some HTML {
        section(.class("editor-section"), .id(kind.anchor), .aria(.labelledby, kind.anchor + "-heading")) {
            h2(.id(kind.anchor + "-heading")) { kind.title }
            p(.class("hint editor-section__intro")) { intro }
            PostForm(action: state.action(kind), csrfToken: state.csrfToken, class: "stack editor-form") {
                DefaultSaveButton()
                content
                div(.class("actions editor-form__save")) {
                    SubmitButton("Save \(kind.title.lowercased())", name: "action", value: "save")
                }
            }
            after
        }
    }
}

import CairnCore
import CairnHTML

/// The design editor of a draft version: the design check at the top, then one form per section
/// (basics, objectives, evidence, levels, criteria, success rule), each with its own save button.
///
/// It works without JavaScript: every add, move and remove is a submit button of its section's
/// form (`action` = `save`, `add`, `up:<id>`, `down:<id>`, `remove:<id>` …), which saves what was
/// typed in that section first. Each checker finding links to its field's id on this page.
public struct EditorPage: HTML {
    let context: PageContext
    let microcredential: Microcredential
    let version: MicrocredentialVersion
    let check: DesignCheck
    let errors: FormErrors
    let typed: [String: String]
    let pilot: PilotReportView?
    let imageURL: String?

    /// - Parameters:
    ///   - check: `DesignChecker.check(version.design)`.
    ///   - errors: what was wrong with the last post (a number that did not parse …), by field name.
    ///   - typed: the last post's values that could not be stored, by field name, shown again as typed.
    ///   - pilot: the report of the pilot this draft revises, shown beside the editor.
    ///   - imageURL: where the design's uploaded image is served, when it has one.
    public init(context: PageContext, microcredential: Microcredential, version: MicrocredentialVersion,
                check: DesignCheck, errors: FormErrors = FormErrors(), typed: [String: String] = [:],
                pilot: PilotReportView? = nil, imageURL: String? = nil) {
        self.context = context
        self.microcredential = microcredential
        self.version = version
        self.check = check
        self.errors = errors
        self.typed = typed
        self.pilot = pilot
        self.imageURL = imageURL
    }

    var state: EditorState {
        EditorState(design: version.design, typed: typed, errors: errors, csrfToken: context.csrfToken,
                    microcredentialID: microcredential.id, imageURL: imageURL,
                    attachmentURLs: AttachmentURLs.studio(microcredential.id, version))
    }

    var pageTitle: String {
        "Edit “\(version.design.title.isEmpty ? "Untitled" : version.design.title)”"
    }

    public var body: some HTML {
        Layout(title: pageTitle, context: context,
               lead: "Version \(version.number), draft. Changes are saved section by section; the design check updates each time.") {
            p(.class("breadcrumb")) {
                a(.href(StudioEndpoints.list.path())) { "Studio" }
                " › "
                a(.href(StudioEndpoints.overview.path(microcredential.id))) { version.design.title.isEmpty ? "Untitled" : version.design.title }
            }
            if !version.isEditable {
                div(.class("notice notice--warning"), .role("note")) {
                    p { "Version \(version.number) is \(version.state.displayName.lowercased()): it can no longer change. Revise it to make a new draft." }
                    p { a(.href(StudioEndpoints.overview.path(microcredential.id))) { "Go to the microcredential's overview" } }
                }
            } else {
                ErrorSummary(errors)
                div(.class("actions studio-actions")) {
                    ButtonLink("Preview as an educator", to: StudioEndpoints.preview.path(microcredential.id), style: .secondary)
                }
                DesignChecklist(check: check)
                if let pilot {
                    details(.class("panel pilot-beside")) {
                        summary { "What the pilot of the previous version said" }
                        pilot
                    }
                }
                nav(.class("editor-toc"), .aria(.label, "Editor sections")) {
                    ul {
                        for section in EditorSection.allCases {
                            li { a(.href("#" + section.anchor)) { section.title } }
                        }
                    }
                }
                EditorBasicsSection(state: state)
                EditorObjectivesSection(state: state)
                EditorEvidenceSection(state: state)
                EditorLevelsSection(state: state)
                EditorCriteriaSection(state: state)
                EditorRuleSection(state: state)
            }
        }
    }
}

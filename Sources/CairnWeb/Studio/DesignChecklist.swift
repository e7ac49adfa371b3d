import CairnCore
import CairnHTML

/// The design checker's findings as a checklist: errors (which block the pilot and publishing)
/// then warnings, each a link to the field to fix on the editor page.
///
/// - Parameter editorPath: where the fields are; `nil` on the editor itself (links are `#field`).
struct DesignChecklist: HTML {
    let check: DesignCheck
    let editorPath: String?

    init(check: DesignCheck, editorPath: String? = nil) {
        self.check = check
        self.editorPath = editorPath
    }

    func link(_ finding: DesignFinding) -> String { (editorPath ?? "") + "#" + finding.field }

    var body: some HTML {
        section(.class(check.errors.isEmpty ? "checklist checklist--passing" : "checklist checklist--failing"),
                .id("design-check"), .aria(.labelledby, "design-check-heading")) {
            h2(.id("design-check-heading")) { "Design check" }
            if check.errors.isEmpty && check.warnings.isEmpty {
                p { "Nothing to fix: the design is ready for a pilot or for publishing." }
            } else {
                p {
                    if check.errors.isEmpty {
                        "No errors: the design is ready for a pilot or for publishing. "
                    } else {
                        "\(Wording.count(check.errors.count, "error")) to fix before a pilot or publishing. "
                    }
                    if !check.warnings.isEmpty { "\(Wording.count(check.warnings.count, "warning")) to consider." }
                }
                if !check.errors.isEmpty {
                    h3(.class("checklist__heading")) { "Errors" }
                    ul(.class("checklist__list")) {
                        for finding in check.errors {
                            li(.class("checklist__item checklist__item--error")) {
                                span(.class("checklist__kind")) { "Error" }
                                a(.href(link(finding))) { finding.message }
                            }
                        }
                    }
                }
                if !check.warnings.isEmpty {
                    h3(.class("checklist__heading")) { "Warnings" }
                    ul(.class("checklist__list")) {
                        for finding in check.warnings {
                            li(.class("checklist__item checklist__item--warning")) {
                                span(.class("checklist__kind")) { "Warning" }
                                a(.href(link(finding))) { finding.message }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A version's state as a coloured label.
struct StateBadge: HTML {
    let state: LifecycleState

    var body: some HTML {
        span(.class("badge badge--\(state.rawValue)")) { state.displayName }
    }
}

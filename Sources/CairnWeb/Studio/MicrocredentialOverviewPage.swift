import CairnCore
import CairnHTML

/// A microcredential in the studio: its versions, the state of the latest, and the lifecycle
/// actions that state allows.
///
/// Forms: `POST /studio/:id/pilot` (start pilot), `/publish`, `/retire`, `/revise` (`change_note`),
/// `/duplicate`; link `GET /studio/:id/export`. Piloting and publishing appear only when the latest
/// version is a draft (or pilot) whose design check has no error.
public struct MicrocredentialOverviewPage: HTML {
    let context: PageContext
    let microcredential: Microcredential
    let versions: [MicrocredentialVersion]
    let check: DesignCheck
    let changeNote: String
    let errors: FormErrors

    /// - Parameters:
    ///   - versions: every version, any order; the highest number is the one acted on.
    ///   - check: the design check of the latest version.
    ///   - changeNote, errors: what was typed in the revise form, and its error, after a failed post.
    public init(context: PageContext, microcredential: Microcredential, versions: [MicrocredentialVersion],
                check: DesignCheck, changeNote: String = "", errors: FormErrors = FormErrors()) {
        self.context = context
        self.microcredential = microcredential
        self.versions = versions.sorted { $0.number > $1.number }
        self.check = check
        self.changeNote = changeNote
        self.errors = errors
    }

    var id: Microcredential.ID { microcredential.id }
    var latest: MicrocredentialVersion? { versions.first }
    var published: MicrocredentialVersion? { versions.first { $0.state == .published } }
    var title: String { latest.map { $0.design.title.isEmpty ? "Untitled" : $0.design.title } ?? microcredential.slug }

    public var body: some HTML {
        Layout(title: title, context: context) {
            p(.class("breadcrumb")) { a(.href(StudioEndpoints.list.path())) { "Studio" } }
            ErrorSummary(errors)
            if let latest {
                section(.class("panel"), .aria(.labelledby, "status-heading")) {
                    h2(.id("status-heading")) {
                        "Version \(latest.number) "
                        StateBadge(state: latest.state)
                    }
                    p { stateExplanation(latest) }
                    div(.class("actions studio-actions")) {
                        if latest.isEditable { ButtonLink("Edit the design", to: StudioEndpoints.edit.path(id)) }
                        ButtonLink("Preview", to: StudioEndpoints.preview.path(id), style: .secondary)
                        if latest.state == .pilot { ButtonLink("Pilot and feedback", to: StudioEndpoints.pilot.path(id), style: .secondary) }
                        ButtonLink("Export as JSON", to: StudioEndpoints.export.path(id), style: .secondary)
                        ButtonLink("Exemplars and calibration", to: StudioEndpoints.exemplars.path(id), style: .secondary)
                        if let organization = context.organizationSlug, let published {
                            a(.href(CatalogEndpoints.versionPage.path(organization, microcredential.slug, published.number))) { "See it in the catalog" }
                        }
                    }
                }
                if latest.state == .draft || latest.state == .pilot {
                    DesignChecklist(check: check, editorPath: latest.isEditable ? StudioEndpoints.edit.path(id) : nil)
                }
                LifecycleActions(context: context, id: id, latest: latest, check: check,
                                 changeNote: changeNote, errors: errors)
            }
            section(.aria(.labelledby, "versions-heading")) {
                h2(.id("versions-heading")) { "Versions" }
                DataTable(id: "versions", caption: Wording.count(versions.count, "version"), columns: Self.columns, rows: versions,
                          emptyMessage: "No version yet.")
            }
        }
    }

    func stateExplanation(_ version: MicrocredentialVersion) -> String {
        switch version.state {
        case .draft: "A draft: only designers see it. When the design check has no error, start a pilot or publish it."
        case .pilot: "In pilot: pilot educators earn it first and give feedback. Publish it when it's ready, or revise it with what you learned."
        case .published: "Published: educators find it in the catalog. It can no longer change: revise it to make the next version."
        case .retired: "Retired: no one can start it any more; credentials already earned stay valid."
        }
    }

    static var columns: [DataTable<MicrocredentialVersion>.Column] { [
        .init("Version", rowHeader: true) { version in "\(version.number)" },
        .init("State") { version in StateBadge(state: version.state) },
        .init("Created") { version in DateText(version.createdAt) },
        .init("Published") { version in
            if let date = version.publishedAt { DateText(date) } else { "—" }
        },
        .init("What changed") { version in version.changeNote ?? "—" },
    ] }
}

/// The lifecycle buttons a version's state allows, each its own small form.
struct LifecycleActions: HTML {
    let context: PageContext
    let id: Microcredential.ID
    let latest: MicrocredentialVersion
    let check: DesignCheck
    let changeNote: String
    let errors: FormErrors

    var body: some HTML {
        section(.class("lifecycle"), .aria(.labelledby, "lifecycle-heading")) {
            h2(.id("lifecycle-heading")) { "What you can do" }
            div(.class("lifecycle__grid")) {
                if latest.state == .draft || latest.state == .pilot {
                    if check.isPassing {
                        if latest.state == .draft {
                            LifecycleCard(title: "Start a pilot", text: "A few educators earn it first and tell you what was unclear.") {
                                PostForm(action: StudioEndpoints.startPilot.path(id), csrfToken: context.csrfToken) {
                                    SubmitButton("Start the pilot", style: .secondary)
                                }
                            }
                        }
                        LifecycleCard(title: "Publish", text: latest.state == .pilot
                                      ? "Ends the pilot and puts this version in the catalog. It can't change afterwards."
                                      : "Puts this version in the catalog. It can't change afterwards.") {
                            PostForm(action: StudioEndpoints.publish.path(id), csrfToken: context.csrfToken) {
                                SubmitButton("Publish version \(latest.number)")
                            }
                        }
                    } else {
                        div(.class("notice notice--warning"), .role("note")) {
                            p { "Fix the \(Wording.count(check.errors.count, "error")) of the design check to start a pilot or publish." }
                        }
                    }
                }
                if latest.state == .pilot || latest.state == .published {
                    LifecycleCard(title: "Revise", text: latest.state == .pilot
                                  ? "Opens the next version as a draft, with the pilot report beside the editor."
                                  : "Opens the next version as a draft. Version \(latest.number) stays as it is for those who earned it.") {
                        PostForm(action: StudioEndpoints.revise.path(id), csrfToken: context.csrfToken, class: "stack") {
                            TextArea(label: "What will change, and why", name: "change_note", value: changeNote, rows: 3,
                                     hint: "Shown with the new version, such as “Clearer descriptors after the pilot”.",
                                     error: errors["change_note"], required: true)
                            SubmitButton("Start version \(latest.number + 1)", style: .secondary)
                        }
                    }
                }
                if latest.state == .published || latest.state == .pilot {
                    LifecycleCard(title: "Retire", text: "Takes it out of the catalog. Credentials already earned stay valid.") {
                        PostForm(action: StudioEndpoints.retire.path(id), csrfToken: context.csrfToken) {
                            SubmitButton("Retire version \(latest.number)", style: .danger)
                        }
                    }
                }
                LifecycleCard(title: "Duplicate", text: "Starts a new microcredential from a copy of this design.") {
                    PostForm(action: StudioEndpoints.duplicate.path(id), csrfToken: context.csrfToken) {
                        SubmitButton("Duplicate", style: .secondary)
                    }
                }
            }
        }
    }
}

/// One lifecycle action: what it does, and its form.
struct LifecycleCard: HTML {
    let title: String
    let text: String
    let content: HTMLGroup

    init(title: String, text: String, @HTMLBuilder content: () -> HTMLGroup) {
        self.title = title
        self.text = text
        self.content = content()
    }

    var body: some HTML {
        div(.class("lifecycle__card")) {
            h3 { title }
            p(.class("muted")) { text }
            content
        }
    }
}

import CairnCore
import CairnHTML

/// The designer's home: the organization's microcredentials grouped by the state of their latest
/// version (draft, pilot, published, retired), with what can be done with each.
/// Takes CairnCore's `StudioEntry` (microcredential, latest version, published number) directly.
public struct StudioPage: HTML {
    let context: PageContext
    let entries: [StudioEntry]

    public init(context: PageContext, entries: [StudioEntry]) {
        self.context = context
        self.entries = entries
    }

    static let groupIntro: [LifecycleState: String] = [
        .draft: "Being designed. Only designers see them.",
        .pilot: "Being earned first by pilot educators, who give feedback.",
        .published: "In the catalog: any educator can choose them.",
        .retired: "No longer offered. Credentials already earned stay valid.",
    ]

    public var body: some HTML {
        Layout(title: "Studio", context: context,
               lead: "Design microcredentials for \(context.organizationName ?? "your organization"): objectives, evidence, rubric, pilot, then publish.") {
            div(.class("actions")) {
                ButtonLink("New microcredential", to: StudioEndpoints.new.path())
                ButtonLink("Import a design", to: StudioEndpoints.importDesign.path(), style: .secondary)
                ButtonLink("Pathways", to: PathwayEndpoints.list.path(), style: .secondary)
            }
            if entries.isEmpty {
                p(.class("empty-state")) { "No microcredentials yet. Start a new one, or import a design file shared by another district." }
            }
            for state in LifecycleState.allCases {
                let group = entries.filter { $0.latest.state == state }
                if !group.isEmpty {
                    section(.aria(.labelledby, "state-\(state.rawValue)")) {
                        h2(.id("state-\(state.rawValue)")) { "\(state.displayName) (\(group.count))" }
                        p(.class("muted")) { Self.groupIntro[state] ?? "" }
                        DataTable(id: "table-\(state.rawValue)", caption: state.displayName, columns: Self.columns, rows: group,
                                  emptyMessage: "")
                    }
                }
            }
        }
    }

    static var columns: [DataTable<StudioEntry>.Column] { [
        .init("Microcredential", rowHeader: true) { entry in
            a(.href(StudioEndpoints.overview.path(entry.microcredential.id))) {
                entry.latest.design.title.isEmpty ? "Untitled" : entry.latest.design.title
            }
        },
        .init("Version") { entry in
            "\(entry.latest.number)"
            if let published = entry.publishedNumber, published != entry.latest.number {
                span(.class("muted")) { " (version \(published) published)" }
            }
        },
        .init("Changed") { entry in DateText(entry.latest.publishedAt ?? entry.latest.pilotStartedAt ?? entry.latest.createdAt) },
        .init("Actions", hideHeader: true) { entry in
            let id = entry.microcredential.id
            let title = entry.latest.design.title
            ul(.class("inline-links")) {
                if entry.latest.isEditable {
                    li { a(.href(StudioEndpoints.edit.path(id))) { "Edit"; span(.class("visually-hidden")) { " \(title)" } } }
                }
                li { a(.href(StudioEndpoints.preview.path(id))) { "Preview"; span(.class("visually-hidden")) { " \(title)" } } }
                if entry.latest.state == .pilot {
                    li { a(.href(StudioEndpoints.pilot.path(id))) { "Pilot"; span(.class("visually-hidden")) { " of \(title)" } } }
                }
            }
        },
    ] }
}

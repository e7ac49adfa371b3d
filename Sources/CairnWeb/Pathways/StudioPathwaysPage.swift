import CairnCore
import CairnHTML

/// The designer's pathways: every pathway of the organization by state, each linked to its form.
public struct StudioPathwaysPage: HTML {
    let context: PageContext
    let pathways: [Pathway]

    public init(context: PageContext, pathways: [Pathway]) {
        self.context = context
        self.pathways = pathways
    }

    static let intro: [PathwayState: String] = [
        .draft: "Being built. Only designers see them.",
        .published: "In the catalog: educators see their progress, and completing one issues its credential.",
        .retired: "No longer offered. Credentials already issued stay valid.",
    ]

    public var body: some HTML {
        Layout(title: "Pathways", context: context,
               lead: "Combine published microcredentials into pathways with their own credential: all of a group, N of a group, or one of it.") {
            p(.class("breadcrumb")) { a(.href(StudioEndpoints.list.path())) { "Studio: microcredentials" } }
            div(.class("actions")) { ButtonLink("New pathway", to: PathwayEndpoints.new.path()) }
            if pathways.isEmpty {
                p(.class("empty-state")) { "No pathways yet. Start one from microcredentials your organization has published." }
            }
            for state in PathwayState.allCases {
                let group = pathways.filter { $0.state == state }
                if !group.isEmpty {
                    section(.aria(.labelledby, "pathways-\(state.rawValue)")) {
                        h2(.id("pathways-\(state.rawValue)")) { "\(state.displayName) (\(group.count))" }
                        p(.class("muted")) { Self.intro[state] ?? "" }
                        DataTable(id: "pathways-table-\(state.rawValue)", caption: "\(state.displayName) pathways", columns: Self.columns,
                                  rows: group, emptyMessage: "")
                    }
                }
            }
        }
    }

    static var columns: [DataTable<Pathway>.Column] { [
        .init("Pathway", rowHeader: true) { pathway in a(.href(PathwayEndpoints.edit.path(pathway.id))) { pathway.title } },
        .init("Microcredentials") { pathway in "\(pathway.components.count) in \(pathway.groups.count) group\(pathway.groups.count == 1 ? "" : "s")" },
        .init("Changed") { pathway in DateText(pathway.retiredAt ?? pathway.publishedAt ?? pathway.createdAt) },
    ] }
}

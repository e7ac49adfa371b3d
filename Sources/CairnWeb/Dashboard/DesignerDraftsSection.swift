import CairnCore
import CairnHTML

/// The designer's next step: the microcredentials still being designed (drafts to edit) or piloted
/// (pilots to follow), each with the link that continues it; then where to start something new.
struct DesignerDraftsSection: HTML {
    /// Drafts first, then pilots.
    let entries: [StudioEntry]

    var body: some HTML {
        DataTable(id: "designer-drafts", caption: "Your drafts and pilots", columns: [
            .init("Microcredential", rowHeader: true) { entry in entry.latest.design.title.isEmpty ? "Untitled" : entry.latest.design.title },
            .init("State") { entry in "\(entry.latest.state.displayName), version \(entry.latest.number)" },
            .init("Next step") { entry in
                let id = entry.microcredential.id
                let title = entry.latest.design.title.isEmpty ? "Untitled" : entry.latest.design.title
                if entry.latest.state == .pilot {
                    a(.href(StudioEndpoints.pilot.path(id))) { "Follow the pilot"; span(.class("visually-hidden")) { " of \(title)" } }
                } else {
                    a(.href(StudioEndpoints.edit.path(id))) { "Continue the draft"; span(.class("visually-hidden")) { " of \(title)" } }
                }
            },
        ], rows: entries, emptyMessage: "No draft or pilot in progress.")
        ul(.class("link-list")) {
            li { a(.href(StudioEndpoints.new.path())) { "Design a new microcredential" } }
            li { a(.href(StudioEndpoints.importDesign.path())) { "Import a design" } }
            li { a(.href(StudioEndpoints.list.path())) { "Every microcredential in the studio" } }
            li { a(.href(PathwayEndpoints.list.path())) { "Pathways" } }
        }
    }
}

import CairnCore
import CairnHTML

/// "My microcredentials": the educator's enrollments with their status and a link to each workspace.
struct MyMicrocredentialsPage: HTML {
    struct Row {
        let id: Enrollment.ID
        let title: String
        let version: Int
        let status: EnrollmentStatus
    }

    let context: PageContext
    let rows: [Row]

    static func label(_ status: EnrollmentStatus) -> String { status.displayName }

    var body: some HTML {
        Layout(title: "My microcredentials", context: context) {
            if rows.isEmpty {
                p(.class("empty-state")) {
                    "You have not started a microcredential yet. "
                    if let slug = context.organizationSlug { a(.href(CatalogEndpoints.catalog.path(slug))) { "Browse the catalog" } }
                }
            } else {
                DataTable(id: "my-microcredentials", caption: "Microcredentials you have started", columns: [
                    .init("Microcredential", rowHeader: true) { (row: Row) in a(.href(EarningEndpoints.workspace.path(row.id))) { row.title } },
                    .init("Version") { row in "\(row.version)" },
                    .init("Status") { row in Self.label(row.status) },
                ], rows: rows, emptyMessage: "")
            }
        }
    }
}

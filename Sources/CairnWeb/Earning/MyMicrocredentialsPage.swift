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
                table(.class("data-table")) {
                    thead { tr { th(.scope("col")) { "Microcredential" }; th(.scope("col")) { "Version" }; th(.scope("col")) { "Status" } } }
                    tbody {
                        for row in rows {
                            tr {
                                td { a(.href(EarningEndpoints.workspace.path(row.id))) { row.title } }
                                td { "\(row.version)" }
                                td { Self.label(row.status) }
                            }
                        }
                    }
                }
            }
        }
    }
}

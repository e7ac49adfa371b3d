import CairnApp
import CairnCore
import CairnHTML

/// The educator's pathways on the dashboard: each published pathway with its next step first,
/// then how much is earned; those under way come first, completed ones last with their credential.
struct EducatorPathwaysSection: HTML {
    let standings: [PathwayStanding]
    let organizationSlug: String?

    var body: some HTML {
        if !standings.isEmpty, let slug = organizationSlug {
            h3(.id("pathways-heading")) { "Your pathways" }
            DataTable(id: "educator-pathways", caption: "Pathways and your progress", columns: [
                .init("Pathway", rowHeader: true) { standing in
                    a(.href(PathwayEndpoints.page.path(slug, standing.entry.pathway.slug))) { standing.entry.pathway.title }
                },
                .init("Next step") { standing in
                    if standing.progress.isComplete {
                        if let credential = standing.credentialID {
                            a(.href(CredentialEndpoints.page.path(credential))) {
                                "See your credential"; span(.class("visually-hidden")) { " for \(standing.entry.pathway.title)" }
                            }
                        } else {
                            "Completed"
                        }
                    } else if let next = standing.nextStep, let shown = standing.entry.components[next.microcredentialID] {
                        if shown.title != nil {
                            a(.href(CatalogEndpoints.latest.path(slug, shown.slug))) { "Earn \(standing.entry.title(of: next.microcredentialID))" }
                        } else {
                            "Earn \(standing.entry.title(of: next.microcredentialID))"
                        }
                    }
                },
                .init("Progress") { standing in
                    let progress = standing.progress
                    progress.isComplete ? "Completed" : "\(progress.countedCount) of \(progress.requiredCount) earned"
                    if progress.creditHours > 0 { span(.class("muted")) { " · \(Wording.creditHours(progress.creditHours))" } }
                },
            ], rows: standings, emptyMessage: "")
        }
    }
}

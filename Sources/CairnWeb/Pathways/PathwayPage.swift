import CairnApp
import CairnCore
import CairnHTML

/// A pathway's public page: what completing it earns, its groups with their rules and
/// microcredentials, the credit hours, and for a signed-in educator of the organization their progress.
public struct PathwayPage: HTML {
    let context: PageContext
    let organization: PublicOrganization
    let entry: PathwayCatalogEntry
    let standing: PathwayStanding?

    /// - Parameters:
    ///   - context: the visitor's context; its `publicOrganization` is set from `organization`.
    ///   - standing: the viewing educator's progress; nil for anyone else.
    public init(context: PageContext, organization: PublicOrganization, entry: PathwayCatalogEntry, standing: PathwayStanding?) {
        var context = context
        context.publicOrganization = organization
        self.context = context
        self.organization = organization
        self.entry = entry
        self.standing = standing
    }

    public var body: some HTML {
        let pathway = entry.pathway
        Layout(title: pathway.title, context: context, lead: pathway.summary.isEmpty ? nil : pathway.summary) {
            p(.class("breadcrumb")) { a(.href(organization.catalogPath)) { "All microcredentials and pathways from \(organization.name)" } }
            if pathway.state == .retired {
                div(.class("notice notice--warning"), .role("note")) {
                    p { "This pathway is retired: it stays here for those who completed it, and no longer issues credentials." }
                }
            }
            dl(.class("facts")) {
                div { dt { "Credit" }; dd { "Up to \(Wording.creditHours(entry.creditHoursAvailable))" } }
                div { dt { "Microcredentials" }; dd { "\(PathwayProgress(pathway: pathway, awards: []).requiredCount) to earn" } }
                div { dt { "Order" }; dd { pathway.isOrdered ? "Suggested: earn them in the order listed" : "Any order" } }
                div { dt { "Credential" }; dd { "Issued automatically when the last one is earned" } }
            }
            if let standing {
                section(.class("panel"), .aria(.labelledby, "progress-heading")) {
                    h2(.id("progress-heading")) { "Your progress" }
                    PathwayStandingSummary(standing: standing, organizationSlug: organization.slug)
                }
            }
            section(.aria(.labelledby, "requirements-heading"), .id("criteria")) {
                h2(.id("requirements-heading")) { "What to earn" }
                PathwayGroupsView(entry: entry, organizationSlug: organization.slug, standing: standing)
            }
        }
    }
}

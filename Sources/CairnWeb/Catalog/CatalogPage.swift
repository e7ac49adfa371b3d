import CairnApp
import CairnCore
import CairnHTML

/// An organization's public catalog: its published microcredentials, with search and filters
/// that work as a plain GET form (no JavaScript), the number found, and a card for each.
public struct CatalogPage: HTML {
    let context: PageContext
    let organization: PublicOrganization
    let query: CatalogQuery
    let entries: [CatalogEntry]
    let subjects: [String]
    /// The published pathways, by title.
    let pathways: [PathwayCatalogEntry]
    /// The viewing educator's standing on each pathway; empty for anyone else.
    let standings: [Pathway.ID: PathwayStanding]
    /// The viewing educator's standing with each microcredential they hold or have started; empty for anyone else.
    let microcredentialStandings: [Microcredential.ID: MicrocredentialStanding]

    /// - Parameters:
    ///   - context: the visitor's context; its `publicOrganization` is set from `organization`.
    ///   - entries: the microcredentials found, best match first.
    ///   - subjects: every subject used in the catalog, for the subject filter.
    ///   - pathways: the published pathways, shown after the microcredentials, with `standings` for an educator.
    ///   - microcredentialStandings: for an educator, what they hold and what they have started, marked on the cards.
    public init(context: PageContext, organization: PublicOrganization, query: CatalogQuery,
                entries: [CatalogEntry], subjects: [String], pathways: [PathwayCatalogEntry] = [],
                standings: [Pathway.ID: PathwayStanding] = [:],
                microcredentialStandings: [Microcredential.ID: MicrocredentialStanding] = [:]) {
        var context = context
        context.publicOrganization = organization
        self.context = context
        self.organization = organization
        self.query = query
        self.entries = entries
        self.subjects = subjects
        self.pathways = pathways
        self.standings = standings
        self.microcredentialStandings = microcredentialStandings
    }

    var resultHeading: String {
        let count = Wording.count(entries.count, "microcredential")
        if query.isEmpty { return count }
        return entries.count == 1 ? "1 microcredential matches" : "\(count) match"
    }

    public var body: some HTML {
        Layout(title: "Microcredentials", context: context,
               lead: "Designed by \(organization.name). Each one is earned by showing evidence from your own classroom, judged against the rubric you can read here.") {
            CatalogSearchForm(action: organization.catalogPath, query: query, subjects: subjects)
            section(.class("results"), .aria(.labelledby, "results-heading")) {
                h2(.id("results-heading")) { resultHeading }
                if entries.isEmpty {
                    div(.class("empty-state")) {
                        if query.isEmpty {
                            p { "\(organization.name) has not published a microcredential yet. Come back soon." }
                        } else {
                            p { "Nothing matches this search. Try other words or fewer filters." }
                            p { a(.href(organization.catalogPath)) { "Show all microcredentials" } }
                        }
                    }
                } else {
                    ul(.class("cards")) {
                        for entry in entries {
                            li {
                                CatalogCard(path: CatalogEndpoints.latest.path(organization.slug, entry.microcredential.slug), design: entry.design,
                                            imageURL: ImageURLs.published(organization.slug, entry.microcredential.slug, entry.version),
                                            standing: microcredentialStandings[entry.microcredential.id])
                            }
                        }
                    }
                }
            }
            if !pathways.isEmpty {
                section(.class("results"), .aria(.labelledby, "pathways-heading")) {
                    h2(.id("pathways-heading")) { Wording.count(pathways.count, "pathway") }
                    p(.class("muted")) { "A pathway combines microcredentials; earning what it asks for issues its own credential." }
                    ul(.class("cards")) {
                        for entry in pathways {
                            li { PathwayCard(entry: entry, organizationSlug: organization.slug, standing: standings[entry.pathway.id]) }
                        }
                    }
                }
            }
        }
    }
}

/// One pathway in the catalog: its summary, its groups and microcredentials, the credit hours, and an educator's progress.
struct PathwayCard: HTML {
    let entry: PathwayCatalogEntry
    let organizationSlug: String
    let standing: PathwayStanding?

    var body: some HTML {
        article(.class("card")) {
            h3(.class("card__title")) { a(.href(PathwayEndpoints.page.path(organizationSlug, entry.pathway.slug))) { entry.pathway.title } }
            if !entry.pathway.summary.isEmpty { p(.class("card__summary")) { entry.pathway.summary } }
            dl(.class("card__facts")) {
                div { dt { "Credit" }; dd { "Up to \(Wording.creditHours(entry.creditHoursAvailable))" } }
            }
            if let standing { PathwayStandingSummary(standing: standing, organizationSlug: organizationSlug) }
            PathwayGroupsView(entry: entry, organizationSlug: organizationSlug, standing: standing, headingLevel: 4)
        }
    }
}

/// One microcredential in the catalog's list.
public struct CatalogCard: HTML {
    let path: String
    let design: Design
    let imageURL: String?
    let standing: MicrocredentialStanding?

    /// - Parameters:
    ///   - imageURL: where the design's image is served, when it has one.
    ///   - standing: the signed-in educator's standing, shown when they hold it or have started it.
    public init(path: String, design: Design, imageURL: String? = nil, standing: MicrocredentialStanding? = nil) {
        self.path = path
        self.design = design
        self.imageURL = imageURL
        self.standing = standing
    }

    public var body: some HTML {
        article(.class("card")) {
            if let image = design.image, let imageURL {
                img(.class("card__image"), .src(imageURL), .alt(image.alt))
            }
            h3(.class("card__title")) { a(.href(path)) { design.title } }
            switch standing {
            case .holds?: p(.class("card__standing")) { span(.class("badge badge--active")) { "You hold this" } }
            case .working(let enrollment)?:
                p(.class("card__standing")) {
                    span(.class("badge badge--kind")) { "Started" }
                    " "
                    a(.href(EarningEndpoints.workspace.path(enrollment))) { "Continue in your workspace" }
                }
            case .mayStart?, nil: HTMLGroup()
            }
            if !design.summary.isEmpty { p(.class("card__summary")) { design.summary } }
            dl(.class("card__facts")) {
                div { dt { "Work" }; dd { "About \(Wording.hours(design.estimatedHours))" } }
                div { dt { "Credit" }; dd { Wording.creditHours(design.creditHours) } }
                if !design.gradeBands.isEmpty {
                    div { dt { "Grade bands" }; dd { Wording.list(design.gradeBands.map(\.displayName)) } }
                }
                if !design.subjects.isEmpty {
                    div { dt { "Subjects" }; dd { TagList(tags: design.subjects) } }
                }
            }
        }
    }
}

import CairnApp
import CairnCore
import CairnHTML
import CairnHTTP
import Foundation

/// The public catalog of an organization: anyone, with or without an account, can browse,
/// search, read a microcredential with its full rubric, and fetch its Open Badges Achievement.
struct CatalogRoutes {
    let app: App

    func register(in table: inout RouteTable) {
        table.add(CatalogEndpoints.home, home)
        table.add(CatalogEndpoints.catalog, catalog)
        table.add(CatalogEndpoints.latest, latest)
        table.add(CatalogEndpoints.versionPage) { (visitor: Visitor, organization, slug, number) in
            try version(visitor, organization, slug, number, json: Self.prefersJSON(visitor.request.headers["Accept"]))
        }
        table.add(CatalogEndpoints.achievement) { (visitor: Visitor, organization, slug, number) in
            try version(visitor, organization, slug, number, json: true)
        }
        table.add(PathwayEndpoints.page, pathway)
        table.add(CatalogEndpoints.image, image)
        table.add(CatalogEndpoints.attachment, attachment)
    }

    /// The home page: a member's dashboard; for a visitor, the public catalog of the one
    /// organization, or the list of every organization's catalog (sign-in in the header).
    func home(_ visitor: Visitor) throws -> Response {
        if visitor.member != nil { return .redirect(to: DashboardEndpoints.dashboard.path()) }
        let organizations = try app.catalog.organizations()
        switch organizations.count {
        case 0: return .redirect(to: AccountEndpoints.signIn.path())
        case 1: return .redirect(to: CatalogEndpoints.catalog.path(organizations[0].slug))
        default:
            let links = organizations.map { OrganizationLink(name: $0.name, catalogPath: CatalogEndpoints.catalog.path($0.slug)) }
            return app.render(OrganizationsPage(context: visitor.pageContext(isDevelopment: app.isDevelopment), organizations: links))
        }
    }

    func catalog(_ visitor: Visitor, _ organizationSlug: String) throws -> Response {
        // The query is read only when the page is rendered: a kept page is found by its address alone.
        try publicPage(visitor, organizationSlug) { organization in
            let query = visitor.request.query
            let asked = CatalogQuery(text: query[CatalogQuery.Field.text] ?? "", subject: query[CatalogQuery.Field.subject] ?? "",
                                     gradeBand: query[CatalogQuery.Field.gradeBand] ?? "",
                                     maxHours: query[CatalogQuery.Field.maxHours] ?? "",
                                     minCreditHours: query[CatalogQuery.Field.minCreditHours] ?? "")
            // Filters that do not parse are ignored: the page shows what was asked, and the full list.
            let filters = CatalogFilters(
                subject: asked.subject.isEmpty ? nil : asked.subject,
                gradeBand: GradeBand(rawValue: asked.gradeBand),
                maxHours: Double(asked.maxHours).flatMap { $0 >= 0 ? $0 : nil },
                minCreditHours: Double(asked.minCreditHours).flatMap { $0 >= 0 ? $0 : nil })
            let text = String(asked.text.prefix(200))
            let found = try app.catalog.listPage(of: organization, searching: text, filters: filters, viewer: visitor.member)
            return app.render(CatalogPage(context: context(visitor, organization), organization: publicProfile(organization),
                                          query: asked, entries: found.entries, subjects: found.subjects,
                                          pathways: found.pathways, standings: found.standings,
                                          microcredentialStandings: found.microcredentialStandings))
        }
    }

    /// The microcredential's own URL shows its latest published version.
    func latest(_ visitor: Visitor, _ organizationSlug: String, _ slug: String) throws -> Response {
        try publicPage(visitor, organizationSlug) { organization in try latestPage(visitor, organization, slug) }
    }

    private func latestPage(_ visitor: Visitor, _ organization: Organization, _ slug: String) throws -> Response {
        let found = try app.catalog.microcredentialPage(slug, of: organization, viewer: visitor.member)
        let (microcredential, version) = (found.microcredential, found.version)
        return app.render(MicrocredentialPage(context: context(visitor, organization), organization: publicProfile(organization),
                                              microcredential: microcredential, version: version,
                                              imageURL: ImageURLs.published(organization.slug, microcredential.slug, version),
                                              attachmentURLs: AttachmentURLs.published(organization.slug, microcredential.slug, version),
                                              standing: found.standing,
                                              pathways: found.pathways))
    }

    /// One version, as a page or as its Achievement; drafts and pilots are not public.
    func version(_ visitor: Visitor, _ organizationSlug: String, _ slug: String, _ number: Int, json: Bool) throws -> Response {
        try publicPage(visitor, organizationSlug, variant: json ? "json" : "html") { organization in
            try versionPage(visitor, organization, slug, number, json: json)
        }
    }

    private func versionPage(_ visitor: Visitor, _ organization: Organization, _ slug: String, _ number: Int,
                             json: Bool) throws -> Response {
        if json {
            let document = try app.catalog.achievement(slug, number: number, of: organization)
            var response = Response(status: .ok, headers: ["Content-Type": "application/ld+json"], body: .text(document))
            response.headers.set("Vary", "Accept")
            response.headers.set("Access-Control-Allow-Origin", "*")
            return response
        }
        let found = try app.catalog.versionPage(slug, number: number, of: organization)
        let (microcredential, version) = (found.microcredential, found.version)
        var response = app.render(MicrocredentialPage(context: context(visitor, organization), organization: publicProfile(organization),
                                                      microcredential: microcredential, version: version,
                                                      latestNumber: found.latestNumber,
                                                      imageURL: ImageURLs.published(organization.slug, microcredential.slug, version),
                                              attachmentURLs: AttachmentURLs.published(organization.slug, microcredential.slug, version),
                                                      pathways: found.pathways))
        response.headers.set("Vary", "Accept")
        return response
    }

    /// A published or retired version's image. Such a version never changes, so it is cached for a year.
    func image(_ visitor: Visitor, _ organizationSlug: String, _ slug: String, _ number: Int) throws -> Response {
        let file = try app.catalog.image(slug, number: number, of: organizationSlug)
        return app.serve(file, for: visitor.request, cacheControl: "public, max-age=31536000, immutable")
    }

    /// A file attached to a published or retired version: only one its design lists; cached for a year.
    func attachment(_ visitor: Visitor, _ organizationSlug: String, _ slug: String, _ number: Int, _ blob: String) throws -> Response {
        let file = try app.catalog.attachment(blob, of: slug, number: number, of: organizationSlug)
        return app.serve(file, for: visitor.request, cacheControl: "public, max-age=31536000, immutable")
    }

    /// Whether an `Accept` header ranks JSON(-LD) above HTML.
    static func prefersJSON(_ accept: String?) -> Bool {
        guard let accept else { return false }
        var best: (json: Double, html: Double) = (0, 0)
        for item in accept.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first else { continue }
            let quality = parts.dropFirst().compactMap { $0.hasPrefix("q=") ? Double($0.dropFirst(2)) : nil }.first ?? 1
            if type == "application/ld+json" || type == "application/json" { best.json = max(best.json, quality) }
            if type == "text/html" || type == "application/xhtml+xml" { best.html = max(best.html, quality) }
        }
        return best.json > 0 && best.json > best.html
    }

    /// A published (or retired) pathway's page: its groups and components, and for a signed-in educator their progress.
    func pathway(_ visitor: Visitor, _ organizationSlug: String, _ slug: String) throws -> Response {
        try publicPage(visitor, organizationSlug) { organization in
            let found = try app.catalog.pathwayPage(slug, of: organization, viewer: visitor.member)
            return app.render(PathwayPage(context: context(visitor, organization), organization: publicProfile(organization),
                                          entry: found.entry, standing: found.standing))
        }
    }

    // MARK: Helpers

    /// A public page: from the public page cache for a visitor who is not signed in and has no
    /// message waiting (their page is everyone's), rendered afresh for anyone else.
    ///
    /// - Parameter variant: tells apart representations of one URL (the page and its JSON).
    private func publicPage(_ visitor: Visitor, _ organizationSlug: String, variant: String = "",
                            render: (Organization) throws -> Response) throws -> Response {
        guard visitor.member == nil, (visitor.request[FlashKey.self] ?? []).isEmpty else {
            return try render(try app.catalog.organization(organizationSlug))
        }
        let stamped = try app.catalog.stamped(organizationSlug)
        return try app.publicPages.response(for: visitor.request, key: variant + " " + visitor.request.target, stamp: stamped.stamp) {
            try render(stamped.organization)
        }
    }

    private func publicProfile(_ organization: Organization) -> PublicOrganization {
        PublicOrganization(name: organization.name, slug: organization.slug)
    }

    private func context(_ visitor: Visitor, _ organization: Organization) -> PageContext {
        visitor.pageContext(isDevelopment: app.isDevelopment, publicOrganization: organization)
    }
}

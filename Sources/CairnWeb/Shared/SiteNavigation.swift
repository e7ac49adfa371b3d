import CairnHTML

/// The main navigation: what the viewer's roles let them reach, the current page marked.
struct SiteNavigation: HTML {
    struct Item: Equatable {
        let label: String
        let path: String
        /// The paths below which this item is the current one (the catalog covers its microcredentials).
        let section: String

        init(label: String, path: String, section: String? = nil) {
            self.label = label
            self.path = path
            self.section = section ?? path
        }
    }

    let context: PageContext

    /// The items for this viewer: guests see the catalog they are on and sign-in; members their
    /// organization's catalog; designers the studio; admins the admin pages.
    static func items(for context: PageContext) -> [Item] {
        guard let viewer = context.viewer else {
            let catalog = context.publicOrganization.map { catalogItem($0.slug) }
            return [catalog, Item(label: "Sign in", path: AccountEndpoints.signIn.path())].compactMap { $0 }
        }
        var items = [Item(label: "Dashboard", path: DashboardEndpoints.dashboard.path())]
        if let slug = context.organizationSlug { items.append(catalogItem(slug)) }
        if viewer.roles.contains(.educator) {
            items.append(Item(label: "My microcredentials", path: EarningEndpoints.list.path()))
            items.append(Item(label: "My credentials", path: CredentialEndpoints.mine.path()))
        }
        if viewer.roles.contains(.assessor) { items.append(Item(label: "Review queue", path: ReviewEndpoints.queue.path())) }
        if viewer.isDesigner { items.append(Item(label: "Studio", path: StudioEndpoints.list.path())) }
        if viewer.isAdmin {
            items.append(Item(label: "Members", path: AdminEndpoints.members.path()))
            items.append(Item(label: "Schools", path: AdminEndpoints.schools.path()))
            items.append(Item(label: "Assessors", path: AdminEndpoints.assessors.path()))
            items.append(Item(label: "Review policy", path: AdminEndpoints.reviewPolicy.path()))
            items.append(Item(label: "Credentials", path: CredentialEndpoints.issued.path()))
        }
        if viewer.isOperator && context.isDevelopment { items.append(Item(label: "Outbox", path: OperatorEndpoints.outbox.path())) }
        return items
    }

    static func catalogItem(_ slug: String) -> Item {
        Item(label: "Catalog", path: CatalogEndpoints.catalog.path(slug), section: CatalogEndpoints.organization.path(slug))
    }

    /// True when `path` is the item's page or a page in its section.
    static func isCurrent(_ item: Item, path: String) -> Bool {
        path == item.path || path.hasPrefix(item.section + "/")
    }

    /// The path of the one current item: the item's own page, else the narrowest section holding `path`
    /// (`/earn/credentials/transcript` is My credentials', not My microcredentials').
    static func currentPath(among items: [Item], path: String) -> String? {
        if let exact = items.first(where: { $0.path == path }) { return exact.path }
        return items.filter { isCurrent($0, path: path) }.max { $0.section.count < $1.section.count }?.path
    }

    var body: some HTML {
        let items = Self.items(for: context)
        let current = Self.currentPath(among: items, path: context.currentPath)
        nav(.class("site-nav"), .aria(.label, "Main")) {
            ul {
                for item in items {
                    li {
                        a(.href(item.path), item.path == current ? .aria(.current, "page") : nil) {
                            item.label
                        }
                    }
                }
            }
        }
    }
}

/// The main navigation: what the viewer's roles let them reach, the current page marked.
struct SiteNavigation: HTML {
    struct Item: Equatable {
        let label: String
        let path: String
    }

    let context: PageContext

    /// The items for this viewer: guests see sign-in; admins see the admin pages.
    static func items(for context: PageContext) -> [Item] {
        guard let viewer = context.viewer else { return [Item(label: "Sign in", path: "/signin")] }
        var items = [Item(label: "Dashboard", path: "/dashboard")]
        if viewer.isAdmin {
            items.append(Item(label: "Members", path: "/admin/members"))
            items.append(Item(label: "Schools", path: "/admin/schools"))
            if context.isDevelopment { items.append(Item(label: "Outbox", path: "/admin/outbox")) }
        }
        return items
    }

    /// True when `path` is the item's page or a page below it.
    static func isCurrent(_ item: Item, path: String) -> Bool {
        path == item.path || path.hasPrefix(item.path + "/")
    }

    var body: some HTML {
        nav(.class("site-nav"), .aria(.label, "Main")) {
            ul {
                for item in Self.items(for: context) {
                    li {
                        a(.href(item.path), Self.isCurrent(item, path: context.currentPath) ? .aria(.current, "page") : nil) {
                            item.label
                        }
                    }
                }
            }
        }
    }
}

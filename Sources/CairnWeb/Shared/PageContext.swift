import CairnCore
/// What every page needs from the request around it: who is looking, in which organization,
/// the CSRF token for its forms, and the messages left by the previous request.
public struct PageContext: Sendable {
    /// The current organization's name; `nil` before sign-in.
    public var organizationName: String?
    /// The current organization's URL name, for the link to its catalog; `nil` before sign-in.
    public var organizationSlug: String?
    /// On a public page (the catalog, a microcredential): the organization it belongs to, which
    /// the header names for visitors, signed in or not.
    public var publicOrganization: PublicOrganization?
    /// The signed-in person; `nil` on the sign-in and password pages.
    public var viewer: Viewer?
    /// The session's (or the pre-session cookie's) CSRF token, put in every form as `_csrf`; a
    /// new visitor's is made when a form first asks for it.
    public var csrfToken: String { token() }
    private var token: @Sendable () -> String
    /// Messages left by the previous request.
    public var flash: [Flash]
    /// The request's path, to mark the current navigation item.
    public var currentPath: String
    /// Shows development-only tools (the outbox) in the navigation.
    public var isDevelopment: Bool

    public init(
        organizationName: String? = nil, organizationSlug: String? = nil, publicOrganization: PublicOrganization? = nil,
        viewer: Viewer? = nil, csrfToken: String,
        flash: [Flash] = [], currentPath: String = "/", isDevelopment: Bool = false
    ) {
        self.organizationName = organizationName
        self.organizationSlug = organizationSlug
        self.publicOrganization = publicOrganization
        self.viewer = viewer
        self.token = { csrfToken }
        self.flash = flash
        self.currentPath = currentPath
        self.isDevelopment = isDevelopment
    }

    /// A context whose token comes from `token` when a form asks for it.
    init(organizationName: String?, organizationSlug: String?, publicOrganization: PublicOrganization?, viewer: Viewer?,
         token: @escaping @Sendable () -> String, flash: [Flash], currentPath: String, isDevelopment: Bool) {
        self.init(organizationName: organizationName, organizationSlug: organizationSlug, publicOrganization: publicOrganization,
                  viewer: viewer, csrfToken: "", flash: flash, currentPath: currentPath, isDevelopment: isDevelopment)
        self.token = token
    }
}

/// The organization whose public pages a visitor is on: its name, and the slug of its catalog.
public struct PublicOrganization: Sendable, Hashable {
    public var name: String
    public var slug: String

    public init(name: String, slug: String) {
        self.name = name
        self.slug = slug
    }

    /// Where its catalog is.
    public var catalogPath: String { CatalogEndpoints.catalog.path(slug) }
}

/// The signed-in person, as the page header shows them.
public struct Viewer: Sendable, Hashable {
    public var name: String
    /// Roles in the current organization; they decide the navigation.
    public var roles: Set<Role>
    /// An operator of the installation (the development outbox).
    public var isOperator: Bool

    public init(name: String, roles: Set<Role>, isOperator: Bool = false) {
        self.name = name
        self.roles = roles
        self.isOperator = isOperator
    }

    public var isAdmin: Bool { roles.contains(.admin) }
    public var isDesigner: Bool { roles.contains(.designer) }
}

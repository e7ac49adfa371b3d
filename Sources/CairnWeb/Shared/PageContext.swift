import CairnCore
/// What every page needs from the request around it: who is looking, in which organization,
/// the CSRF token for its forms, and the messages left by the previous request.
public struct PageContext: Sendable {
    /// The current organization's name; `nil` before sign-in.
    public var organizationName: String?
    /// The signed-in person; `nil` on the sign-in and password pages.
    public var viewer: Viewer?
    /// The session's (or the pre-session cookie's) CSRF token, put in every form as `_csrf`.
    public var csrfToken: String
    /// Messages left by the previous request.
    public var flash: [Flash]
    /// The request's path, to mark the current navigation item.
    public var currentPath: String
    /// Shows development-only tools (the outbox) in the navigation.
    public var isDevelopment: Bool

    public init(
        organizationName: String? = nil, viewer: Viewer? = nil, csrfToken: String,
        flash: [Flash] = [], currentPath: String = "/", isDevelopment: Bool = false
    ) {
        self.organizationName = organizationName
        self.viewer = viewer
        self.csrfToken = csrfToken
        self.flash = flash
        self.currentPath = currentPath
        self.isDevelopment = isDevelopment
    }
}

/// The signed-in person, as the page header shows them.
public struct Viewer: Sendable, Hashable {
    public var name: String
    /// Roles in the current organization; they decide the navigation.
    public var roles: Set<Role>

    public init(name: String, roles: Set<Role>) {
        self.name = name
        self.roles = roles
    }

    public var isAdmin: Bool { roles.contains(.admin) }
}

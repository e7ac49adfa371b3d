import CairnCore

/// Who may use a route: every route declares one.
enum Access: Sendable, CustomStringConvertible {
    /// Anyone, signed in or not (sign-in page, public pages, health checks).
    case anyone
    /// Any active member of the current organization.
    case signedIn
    /// Members holding at least one of these roles in the current organization.
    case roles(Set<Role>)
    /// Operators of the installation (never an organization's admin as such), and only while
    /// Cairn runs in development: the outbox page.
    case operatorInDevelopment
    /// Apps and scripts with a bearer token of the Open Badges 3.0 API (checked by the handler's use
    /// case, never by a session), or an app authenticating itself to the OAuth endpoints.
    case apiClient

    static func role(_ role: Role) -> Access { .roles([role]) }

    var description: String {
        switch self {
        case .anyone: "anyone"
        case .signedIn: "signed-in member"
        case .roles(let roles): roles.map(\.rawValue).sorted().joined(separator: "|")
        case .operatorInDevelopment: "operator (development)"
        case .apiClient: "API client"
        }
    }
}

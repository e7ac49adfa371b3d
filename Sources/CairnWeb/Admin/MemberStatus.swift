import CairnHTML

/// Where a member stands in the organization, as the admin pages show it.
public enum MemberStatus: String, Sendable, Hashable {
    /// Invited, and has not accepted yet.
    case invited
    case active
    /// Can no longer sign in to this organization; their work stays on record.
    case deactivated

    public var label: String {
        switch self {
        case .invited: "Invited"
        case .active: "Active"
        case .deactivated: "Deactivated"
        }
    }
}

/// A status shown as a small badge; the word carries the meaning, the color only helps.
struct StatusBadge: HTML {
    let status: MemberStatus

    var body: some HTML {
        span(.class("badge badge--\(status.rawValue)")) { status.label }
    }
}

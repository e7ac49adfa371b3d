import Foundation

/// What a member may do in an organization; one person can hold several roles.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case admin, designer, assessor, coach, educator

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .admin: "Organization admin"
        case .designer: "Designer"
        case .assessor: "Assessor"
        case .coach: "Coach"
        case .educator: "Educator"
        }
    }

    /// Reads a role name case-insensitively, ignoring surrounding spaces ("Assessor", " coach ").
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let role = Role(rawValue: key) else { return nil }
        self = role
    }

    /// Roles in the order of `allCases`.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

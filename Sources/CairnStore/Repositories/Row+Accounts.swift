import Foundation
import CairnCore

/// Reading the accounts tables' rows into CairnCore values; a column prefix allows joins.
extension Row {
    func organization(prefix p: String = "") throws -> Organization {
        Organization(id: try get(p + "id"), name: try get(p + "name"), slug: try get(p + "slug"),
                     createdAt: try get(p + "created_at"))
    }

    func school(prefix p: String = "") throws -> School {
        School(id: try get(p + "id"), organizationID: try get(p + "organization_id"), name: try get(p + "name"))
    }

    func person(prefix p: String = "") throws -> Person {
        Person(id: try get(p + "id"), email: try get(p + "email"), displayName: try get(p + "display_name"),
               createdAt: try get(p + "created_at"), isOperator: try get(p + "is_operator"))
    }

    func membership(prefix p: String = "") throws -> Membership {
        Membership(id: try get(p + "id"), organizationID: try get(p + "organization_id"), personID: try get(p + "person_id"),
                   roles: try RoleList.decode(get(p + "roles")), schoolID: try get(p + "school_id"),
                   status: try get(p + "status"), createdAt: try get(p + "created_at"))
    }

    func member() throws -> Member {
        Member(person: try person(prefix: "p_"), membership: try membership(prefix: "m_"), organization: try organization(prefix: "o_"))
    }
}

/// Roles stored as one text column: names in `Role.allCases` order, separated by ';'.
enum RoleList {
    static func encode(_ roles: Set<Role>) -> String { roles.sorted().map(\.rawValue).joined(separator: ";") }

    /// Read on every member of a list: the names are taken in place, with no array of them.
    static func decode(_ text: String) throws(DatabaseError) -> Set<Role> {
        var roles = Set<Role>(minimumCapacity: Role.allCases.count)
        var start = text.startIndex
        while start < text.endIndex {
            let end = text.utf8[start...].firstIndex(of: UInt8(ascii: ";")) ?? text.endIndex
            if start < end {
                guard let role = Role(rawValue: String(text[start..<end])) else {
                    throw DatabaseError(.typeMismatch, "unknown role in memberships.roles")
                }
                roles.insert(role)
            }
            start = end < text.endIndex ? text.utf8.index(after: end) : end
        }
        return roles
    }
}

import CairnCore
import CairnStore
import Foundation

/// The organization's schools (buildings), as its admins list and add them.
extension Members {
    /// A school with how many active members belong to it.
    public struct SchoolRow: Sendable {
        public let school: School
        public let activeMembers: Int
    }

    /// The schools page: every school by name with its active members counted, in one query.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`.
    public func schoolsPage(by admin: Member) throws -> [SchoolRow] {
        try admin.checkAdmin()
        return try store.organizations.schoolsWithActiveMembers(of: admin.organization.id)
            .map { SchoolRow(school: $0.school, activeMembers: $0.activeMembers) }
    }

    /// Adds a school with the name typed (trimmed); returns it.
    ///
    /// - Throws: `SchoolNameError` (empty, too long, taken); `MemberAdministrationError.notAnAdmin`.
    @discardableResult
    public func addSchool(named typed: String, by admin: Member) throws -> School {
        try admin.checkAdmin()
        let name = try SchoolName.check(typed).get()
        let organization = admin.organization.id
        return try store.database.write { tx in
            guard try store.organizations.fetchSchool(named: name, in: organization, in: tx) == nil else {
                throw SchoolNameError.taken(name)
            }
            let school = School(organizationID: organization, name: name)
            try store.organizations.addSchool(school, in: tx)
            return school
        }
    }
}

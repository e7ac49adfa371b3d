import CairnCore
import CairnStore
import Foundation

/// Who assesses what: each member with the assessor role reviews every microcredential, a chosen
/// few, or none; nobody assesses until an admin assigns them here.
extension Members {
    /// The assessors page: the active assessors by name, what each assesses, the microcredentials to choose from.
    public struct AssessorsPage: Sendable {
        public let assessors: [Member]
        /// Person → the microcredential ids they assess (`Members.everyMicrocredential`: every one).
        public let assignments: [Person.ID: Set<String>]
        public let microcredentials: [MicrocredentialChoice]
    }

    /// The assignment that covers every microcredential, present and future.
    public static let everyMicrocredential = "*"

    /// The assessors page in three queries (the active assessors, assignments, microcredentials), whatever their numbers.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`.
    public func assessorsPage(by admin: Member) throws -> AssessorsPage {
        try admin.checkAdmin()
        let organization = admin.organization.id
        let assessors = try store.members.activeMembers(of: organization, withRole: .assessor)
            .sorted { $0.person.displayName < $1.person.displayName }
        return AssessorsPage(assessors: assessors, assignments: try store.submissions.assignments(in: organization),
                             microcredentials: try MicrocredentialChoice.all(in: organization, store: store))
    }

    /// Makes the member with this membership assess every microcredential (`all`) or exactly these;
    /// returns the member.
    ///
    /// - Throws: `MemberAdministrationError.notInOrganization` unless they are an active assessor of the
    ///   admin's organization; `.unknownMicrocredential` for one not among the organization's; `.notAnAdmin`.
    @discardableResult
    public func assign(_ id: Membership.ID, all: Bool, microcredentials chosen: Set<String>, by admin: Member) throws -> Member {
        let member = try target(id, by: admin)
        guard member.membership.isActive, member.membership.roles.contains(.assessor) else {
            throw MemberAdministrationError.notInOrganization
        }
        let known = Set(try MicrocredentialChoice.all(in: admin.organization.id, store: store).map(\.id.rawValue))
        guard chosen.isSubset(of: known) else { throw MemberAdministrationError.unknownMicrocredential }
        try store.submissions.setAssignments(of: member.person.id, all: all,
                                             microcredentials: Set(chosen.map(Microcredential.ID.init(rawValue:))),
                                             in: admin.organization.id)
        return member
    }
}

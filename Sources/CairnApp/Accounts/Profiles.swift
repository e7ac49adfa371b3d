import CairnCore
import CairnStore

/// The signed-in person's account page: who they are in the current organization.
public struct Profiles: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// What the account page shows beyond the member itself.
    public struct Page: Sendable {
        /// The member's school, when they belong to one.
        public let schoolName: String?
    }

    /// The account page of `member`, in one query (its school).
    public func page(for member: Member) throws -> Page {
        let school = try member.membership.schoolID.flatMap {
            try installation.store.organizations.fetchSchool($0, in: member.organization.id)
        }
        return Page(schoolName: school?.name)
    }
}

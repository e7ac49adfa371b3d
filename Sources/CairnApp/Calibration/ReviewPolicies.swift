import CairnCore
import CairnStore

/// An organization's review policy (*not yet* decisions before a coach, how long a claim holds,
/// the share scored twice) and which of its microcredentials hide educators' names from assessors:
/// for its admins.
public struct ReviewPolicies: Sendable {
    private let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// What the review policy page shows.
    public struct Page: Sendable {
        public let policy: ReviewPolicy
        /// The microcredentials that hide educators' names from assessors.
        public let hiding: Set<Microcredential.ID>
        /// Every microcredential of the organization, by title.
        public let microcredentials: [MicrocredentialChoice]
    }

    /// The organization's policy, the microcredentials that hide educators' names, and every
    /// microcredential to choose from, in three queries.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin` for anyone but an active admin.
    public func page(by admin: Member) throws -> Page {
        try admin.checkAdmin()
        let organizationID = admin.organization.id
        return Page(policy: try store.reviewPolicies.policy(in: organizationID),
                    hiding: try store.reviewPolicies.microcredentialsHidingEducatorNames(in: organizationID),
                    microcredentials: try MicrocredentialChoice.all(in: organizationID, store: store))
    }

    /// Saves the policy, and that exactly the microcredentials in `hiding` hide educators' names,
    /// in one transaction.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `.unknownMicrocredential` for one that is
    ///   not the organization's.
    public func save(_ policy: ReviewPolicy, hiding: Set<Microcredential.ID>, by admin: Member) throws {
        try admin.checkAdmin()
        let organizationID = admin.organization.id
        let known = Set(try MicrocredentialChoice.all(in: organizationID, store: store).map(\.id))
        guard hiding.isSubset(of: known) else { throw MemberAdministrationError.unknownMicrocredential }
        let hide = Dictionary(uniqueKeysWithValues: known.map { ($0, hiding.contains($0)) })
        try store.reviewPolicies.saveReviewSettings(policy, hidingEducatorNames: hide, in: organizationID)
    }
}

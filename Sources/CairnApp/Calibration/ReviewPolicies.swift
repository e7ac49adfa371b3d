import CairnCore
import CairnStore

/// An organization's review policy (*not yet* decisions before a coach, how long a claim holds,
/// the share scored twice) and which of its microcredentials hide educators' names from assessors.
public struct ReviewPolicies: Sendable {
    private let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    /// The organization's policy, and the microcredentials that hide educators' names.
    public func current(in organizationID: Organization.ID) throws -> (policy: ReviewPolicy, hiding: Set<Microcredential.ID>) {
        let store = installation.store
        return (try store.reviewPolicies.policy(in: organizationID),
                try store.reviewPolicies.microcredentialsHidingEducatorNames(in: organizationID))
    }

    /// Saves the policy and, for each microcredential given, whether it hides educators' names, in one transaction.
    public func save(_ policy: ReviewPolicy, hidingEducatorNames hide: [Microcredential.ID: Bool], in organizationID: Organization.ID) throws {
        try installation.store.reviewPolicies.saveReviewSettings(policy, hidingEducatorNames: hide, in: organizationID)
    }
}

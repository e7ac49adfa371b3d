import CairnCore
import CairnCredentials
import CairnStore
import Foundation

/// The credentials Cairn issued, as their holders, their organization and anyone they are shown to
/// meet them: a credential's page and JSON, an educator's list, sharing, revocation and suspension,
/// the issuer's DID document and revocation lists, and verifying any credential.
public struct Credentials: Sendable {
    let installation: Installation
    let notifications: Notifications

    public init(installation: Installation, notifications: Notifications) {
        (self.installation, self.notifications) = (installation, notifications)
    }

    var store: Store { installation.store }

    /// What a credential's page shows.
    public struct Page: Sendable {
        public let credential: IssuedCredential
        public let organization: Organization
        /// The educator's name as the credential carries it.
        public let earnerName: String
        /// The achievement's description.
        public let description: String
        /// Each rubric criterion with the level reached (none for a direct award).
        public let results: [Award.CriterionResult]
        /// Why it was awarded, when it was awarded directly with a narrative (as the credential carries it, Markdown).
        public let narrative: String?
        /// Whether it records an award made directly, without a reviewed submission.
        public let isDirectAward: Bool
        /// The path of the achievement (the version earned), when the credential records an award.
        public let achievementPath: String?
        /// The credential's own absolute URL.
        public let url: String
        /// The verification run now, on the credential as issued.
        public let verification: CredentialVerification
        /// Whether the viewer is the educator who holds it (who may share or hide it).
        public let isHolder: Bool
        /// Whether the viewer is an admin of the issuing organization (who may revoke or suspend it).
        public let isIssuerAdmin: Bool
        /// The status changes on record, for the holder and the organization's admins.
        public let history: [CredentialStatusChange]
        /// The credential this one corrects, and the one that corrected this one, if any.
        public let replaces: IssuedCredential.ID?
        public let replacedBy: IssuedCredential.ID?
        /// The evidence its educator chose to publish with it, withdrawn items included (shown as
        /// withdrawn); none while it is revoked or suspended.
        public let evidence: [PublicEvidence]
    }

    /// A credential's page for anyone with its link while it is shared; for its holder and the
    /// organization's admins always.
    ///
    /// - Throws: `CredentialError.notFound` for an unknown credential, or a hidden one to anyone else.
    public func page(_ id: IssuedCredential.ID, viewer: Member?) throws -> Page {
        let credential = try visible(id, to: viewer)
        let (isHolder, isIssuerAdmin) = Self.standing(of: viewer, toward: credential)
        let organization = try store.organizations.find(credential.organizationID)
        let document = (try? JSON(parsing: credential.document)) ?? .null
        let subject = document["credentialSubject"]
        let earnerName = subject?["identifier"]?.asList.first { $0["identityType"]?.stringValue == "name" }?["identityHash"]?.stringValue ?? ""
        var results: [Award.CriterionResult] = []
        var achievementPath: String?
        var isDirectAward = false
        let (award, evidence) = try store.database.read { tx -> (Award?, [PublicEvidence]) in
            guard let awardID = credential.awardID, let award = try store.reviews.award(awardID, in: credential.organizationID, in: tx)
            else { return (nil, []) }
            return (award, credential.status == .active ? try publicEvidence(of: credential, award: award, in: tx) : [])
        }
        if let award {
            results = award.results
            if case .direct = award.source { isDirectAward = true }
            if let microcredential = try store.microcredentials.fetch(award.microcredentialID, in: credential.organizationID) {
                achievementPath = PublicPaths.versionPath(organization: organization.slug, microcredential: microcredential.slug,
                                                          number: award.versionNumber)
            }
        }
        let history = isHolder || isIssuerAdmin ? try store.credentials.statusHistory(of: id) : []
        let replacedBy = try store.credentials.replacement(of: id)
        return Page(credential: credential, organization: organization, earnerName: earnerName,
                    description: subject?["achievement"]?["description"]?.stringValue ?? "", results: results,
                    narrative: subject?["narrative"]?.stringValue, isDirectAward: isDirectAward,
                    achievementPath: achievementPath, url: installation.configuration.baseURL + PublicPaths.credentialPath(id.rawValue),
                    verification: verify(Array(credential.document.utf8)), isHolder: isHolder, isIssuerAdmin: isIssuerAdmin,
                    history: history, replaces: credential.replacesID, replacedBy: replacedBy, evidence: evidence)
    }

    /// The signed credential as issued, byte for byte (its JSON at the page's URL, and the download).
    ///
    /// - Throws: what `page` throws.
    public func document(_ id: IssuedCredential.ID, viewer: Member?) throws -> IssuedCredential {
        try visible(id, to: viewer)
    }

    /// The credentials an educator holds from their organization, newest first.
    public func mine(_ educator: Member) throws -> [IssuedCredential] {
        try store.credentials.credentials(of: educator.person.id, in: educator.organization.id)
    }

    /// Opens or closes a credential's page to people with its link; only its holder may.
    ///
    /// - Throws: `CredentialError.notFound` when it is not the member's.
    public func share(_ id: IssuedCredential.ID, _ isShared: Bool, by member: Member) throws {
        guard try store.credentials.setShared(id, of: member.person.id, isShared) else { throw CredentialError.notFound }
        installation.credentialReads.forget(id)
    }

    /// Revokes, suspends or reinstates a credential of the admin's organization, with the reason on
    /// record; the educator is told. The revocation list changes at once.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `CredentialError.notFound` for another
    ///   organization's; `.reasonRequired`, `.reasonTooLong`; `.alreadyRevoked`, `.unchanged`.
    @discardableResult
    public func changeStatus(_ id: IssuedCredential.ID, to status: CredentialStatus, reason: String, by admin: Member) throws -> IssuedCredential {
        try admin.checkAdmin()
        let reason = try Self.checkedReason(reason)
        let organizationID = admin.organization.id, now = installation.clock()
        return try store.write { tx in
            guard let credential = try store.credentials.find(id, in: tx), credential.organizationID == organizationID else {
                throw CredentialError.notFound
            }
            if credential.status == .revoked { throw CredentialError.alreadyRevoked }
            if credential.status == status { throw CredentialError.unchanged }
            guard try store.credentials.changeStatus(of: id, in: organizationID, to: status, reason: reason, by: admin.person.id,
                                                     at: now, in: tx) else { throw CredentialError.unchanged }
            try notifications.credentialStatusChanged(credential, to: status, reason: reason, at: now, in: tx)
            installation.credentialReads.forget(id)
            return try store.credentials.find(id, in: tx) ?? credential
        }
    }

    /// The credential when the viewer may see it: shared, or theirs, or their organization's (for an admin).
    /// Anyone not signed in reads a shared credential kept for a second (`CredentialReads`); members read it fresh.
    private func visible(_ id: IssuedCredential.ID, to viewer: Member?) throws -> IssuedCredential {
        let found = viewer == nil
            ? try installation.credentialReads.sharedCredential(id) { try store.credentials.find(id) }
            : try store.credentials.find(id)
        guard let credential = found else { throw CredentialError.notFound }
        let (isHolder, isIssuerAdmin) = Self.standing(of: viewer, toward: credential)
        guard credential.isShared || isHolder || isIssuerAdmin else { throw CredentialError.notFound }
        return credential
    }

    /// Whether the viewer holds the credential, and whether they are an admin of the organization that issued it.
    private static func standing(of viewer: Member?, toward credential: IssuedCredential) -> (isHolder: Bool, isIssuerAdmin: Bool) {
        (viewer?.person.id == credential.educatorID,
         viewer.map { $0.organization.id == credential.organizationID && $0.has(.admin) } ?? false)
    }
}

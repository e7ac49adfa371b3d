import CairnCore
import CairnCredentials
import CairnStore
import Foundation

extension Credentials {
    /// One item of a credential's public evidence, while the public may see it: the credential is
    /// shared and active (not revoked nor suspended; an expired one still shows the work that earned
    /// it), the item was chosen and its credential names it.
    ///
    /// - Throws: `CredentialError.notFound` otherwise (the same answer as for an unknown credential);
    ///   `.evidenceWithdrawn` when its educator withdrew it from public view; `.evidenceTakenDown` when an admin took it down.
    public func publicEvidence(_ number: Int, of id: IssuedCredential.ID) throws -> PublicEvidence {
        try store.database.read { tx in
            guard let credential = try store.credentials.find(id, in: tx), credential.isShared, credential.status == .active,
                  let awardID = credential.awardID, let award = try store.reviews.award(awardID, in: credential.organizationID, in: tx),
                  let item = try publicEvidence(of: credential, award: award, in: tx).first(where: { $0.number == number })
            else { throw CredentialError.notFound }
            if item.isTakenDown { throw CredentialError.evidenceTakenDown }
            if item.isWithdrawn { throw CredentialError.evidenceWithdrawn }
            return item
        }
    }

    /// A file (content, poster or captions) of one item of a credential's public evidence, by its SHA-256.
    ///
    /// - Throws: what `publicEvidence(_:of:)` throws; `CredentialError.notFound` for a blob the item does not refer to.
    public func publicEvidenceFile(_ hash: String, item number: Int, of id: IssuedCredential.ID) throws -> Evidence.File {
        let item = try publicEvidence(number, of: id)
        guard let served = ServedBlob(hash, in: [item.item]), let blob = BlobReference.ID(hash), let path = installation.blobs.path(for: blob)
        else { throw CredentialError.notFound }
        return Evidence.File(path: path, served: served)
    }

    /// Withdraws one item of the holder's public evidence from public view, for good: the signed
    /// credential still names it, and its address answers 410 Gone with a sentence.
    ///
    /// - Throws: `CredentialError.notFound` when the credential is not the member's or has no such item;
    ///   `.unchanged` when it is withdrawn already.
    public func withdrawEvidence(_ number: Int, of id: IssuedCredential.ID, by member: Member) throws {
        let now = installation.clock()
        try store.write { tx in
            guard let credential = try store.credentials.find(id, in: tx), credential.educatorID == member.person.id,
                  credential.organizationID == member.organization.id else { throw CredentialError.notFound }
            let (item, enrollmentID) = try namedItem(number, of: credential, in: tx)
            guard try store.enrollments.withdrawPublic(requirement: item.requirement.id, of: enrollmentID, at: now, in: tx)
            else { throw CredentialError.unchanged }
        }
        installation.credentialReads.forget(id)
    }

    /// Takes one item of a credential's public evidence down from public view, for good, with the reason on record
    /// (a parent's complaint, say): its address then answers 410 Gone, the educator is told in the same
    /// transaction, and the credential's page shows the admins who, when and why.
    ///
    /// - Throws: `MemberAdministrationError.notAnAdmin`; `CredentialError.notFound` for another organization's
    ///   credential or an item it does not name; `.reasonRequired`, `.reasonTooLong`; `.unchanged` when the item is
    ///   taken down or withdrawn already.
    public func takeDownEvidence(_ number: Int, of id: IssuedCredential.ID, reason: String, by admin: Member) throws {
        try admin.checkAdmin()
        let now = installation.clock()
        try store.write { tx in
            guard let credential = try store.credentials.find(id, in: tx), credential.organizationID == admin.organization.id
            else { throw CredentialError.notFound }
            let (item, enrollmentID) = try namedItem(number, of: credential, in: tx)
            // Another organization's credential is not found before its reason is looked at.
            let reason = try Self.checkedReason(reason)
            let takedown = PublicEvidenceTakedown(at: now, by: admin.person.id, reason: reason)
            guard try store.enrollments.takeDownPublic(requirement: item.requirement.id, of: enrollmentID, takedown, in: tx)
            else { throw CredentialError.unchanged }
            try notifications.evidenceTakenDown(item, of: credential, reason: reason, at: now, in: tx)
        }
        installation.credentialReads.forget(id)
    }

    /// The public evidence of the credential of `award`, as far as its signed document names it (in
    /// three queries whatever the number of items).
    func publicEvidence(of credential: IssuedCredential, award: Award, in tx: any Connection) throws -> [PublicEvidence] {
        try namedEvidence(of: credential, award: award, in: tx)?.items ?? []
    }

    /// Item `number` of the credential's public evidence, with its enrollment, when the signed document names it.
    ///
    /// - Throws: `CredentialError.notFound` for a credential without an award or an item it does not name.
    private func namedItem(_ number: Int, of credential: IssuedCredential, in tx: any Connection) throws
        -> (item: PublicEvidence, enrollmentID: Enrollment.ID) {
        guard let awardID = credential.awardID, let award = try store.reviews.award(awardID, in: credential.organizationID, in: tx),
              let found = try namedEvidence(of: credential, award: award, in: tx),
              let item = found.items.first(where: { $0.number == number }) else { throw CredentialError.notFound }
        return (item, found.enrollmentID)
    }

    /// The chosen items of the award's enrollment that the signed credential names, with the enrollment.
    private func namedEvidence(of credential: IssuedCredential, award: Award, in tx: any Connection) throws
        -> (items: [PublicEvidence], enrollmentID: Enrollment.ID)? {
        let version = try store.microcredentials.findVersion(award.versionID, in: award.organizationID, in: tx)
        guard let found = try PublicEvidenceReading(store: store).evidence(of: award, version: version, in: tx) else { return nil }
        let named = Self.namedEvidence(credential)
        return (found.items.filter { named.contains($0.number) }, found.enrollmentID)
    }

    /// The numbers of the items the signed credential has an `evidence` entry for: what it does not
    /// name is never shown, whatever the choices say now.
    static func namedEvidence(_ credential: IssuedCredential) -> Set<Int> {
        let prefix = PublicPaths.credentialPath(credential.id.rawValue) + PublicPaths.evidencePath(0).dropLast()
        guard let document = try? JSON(parsing: credential.document) else { return [] }
        return Set(document["evidence"]?.asList.compactMap { entry -> Int? in
            guard let id = entry["id"]?.stringValue, let range = id.range(of: prefix, options: .backwards) else { return nil }
            return Int(id[range.upperBound...])
        } ?? [])
    }
}

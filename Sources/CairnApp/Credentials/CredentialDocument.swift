import CairnCore
import CairnCredentials
import CairnStore
import Foundation

/// The unsigned Open Badges 3.0 `OpenBadgeCredential` Cairn issues for an award (and, around a pathway's
/// achievement, for a completed pathway: `PathwayCredentialDocument`): the achievement of
/// the exact version earned, the educator as subject (a salted hash of their address and their
/// name), one `result` per rubric criterion with the level reached, the validity period, the OB 3.0
/// schema and the revocation entry. What it carries is listed in docs/credentials.md.
enum CredentialDocument {
    /// The contexts, in the order OB 3.0 asks for: VC 2.0, OB 3.0.3, and 1EdTech's extensions (for the schema validator type).
    static let contexts: JSON = [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ]
    /// The OB 3.0 JSON Schema every AchievementCredential must pass.
    static let schema = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"

    /// What every credential Cairn issues shares, whatever it records: its id, the issuing
    /// organization and its DID, the earner, its place in the revocation list.
    struct Envelope {
        let credentialID: IssuedCredential.ID
        let organization: Organization
        let profile: IssuerProfile
        let educator: Person
        let issuerDID: String
        let statusIndex: Int
        let baseURL: String
        /// A random salt for the hash of the educator's address.
        let salt: String
    }

    /// Everything a credential for an award is made from.
    struct Parts {
        let envelope: Envelope
        let award: Award
        let version: MicrocredentialVersion
        let microcredential: Microcredential
        /// The evidence items the educator chose to publish with it (none by default).
        var evidence: [PublicEvidence] = []
    }

    /// The credential of an award, ready to sign.
    static func json(_ parts: Parts) -> JSON {
        let envelope = parts.envelope, base = envelope.baseURL, design = parts.version.design
        let versionURL = base + PublicPaths.versionPath(organization: envelope.organization.slug,
                                                        microcredential: parts.microcredential.slug, number: parts.version.number)
        let results: [JSON] = parts.award.results.map { result in
            ["type": ["Result"],
             "resultDescription": .string(AchievementDocument.resultDescriptionID(versionURL, criterion: result.criterionID)),
             "achievedLevel": .string(AchievementDocument.levelID(versionURL, criterion: result.criterionID, level: result.levelID))]
        }
        let achievement = AchievementDocument.achievement(version: parts.version, microcredential: parts.microcredential,
                                                          organization: envelope.organization, baseURL: base)
        let how = switch parts.award.source {
        case .decision: "assessors judged evidence from their classroom against its rubric."
        case .direct: "the organization awarded it directly."
        }
        let credential = json(envelope, name: design.title,
                              description: "\(envelope.educator.displayName) earned \(design.title), a microcredential of \(envelope.organization.name): " + how,
                              achievement: achievement, results: results, narrative: parts.award.narrative, creditsEarned: design.creditHours,
                              awardedAt: parts.award.decidedAt, validUntil: credentialValidUntil(issued: parts.award.decidedAt, months: design.validityMonths))
        return adding(evidence: parts.evidence, to: credential, credentialURL: base + PublicPaths.credentialPath(envelope.credentialID.rawValue))
    }

    /// A credential: the envelope around an achievement the educator was awarded at `awardedAt`, with
    /// the results reached, the narrative of a direct award (the subject's `narrative`, Markdown in OB 3.0)
    /// and the credit hours earned (none when zero).
    static func json(_ envelope: Envelope, name: String, description: String, achievement: JSON, results: [JSON], narrative: String? = nil,
                     creditsEarned: Double, awardedAt: Date, validUntil: Date?) -> JSON {
        var subject: [String: JSON] = [
            "type": ["AchievementSubject"],
            "identifier": identifiers(of: envelope.educator, salt: envelope.salt),
            "achievement": achievement,
        ]
        if !results.isEmpty { subject["result"] = .array(results) }
        if let narrative { subject["narrative"] = .string(narrative) }
        if creditsEarned > 0 { subject["creditsEarned"] = .number(creditsEarned) }
        var credential: [String: JSON] = [
            "@context": contexts,
            "id": .string(envelope.baseURL + PublicPaths.credentialPath(envelope.credentialID.rawValue)),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": .string(name),
            "description": .string(description),
            "issuer": issuer(envelope),
            "validFrom": .string(DataIntegritySigner.dateTimeStamp(awardedAt)),
            "awardedDate": .string(DataIntegritySigner.dateTimeStamp(awardedAt)),
            "credentialSubject": .object(subject),
            "credentialSchema": [["id": .string(schema), "type": "1EdTechJsonSchemaValidator2019"]],
            "credentialStatus": statusEntry(envelope),
        ]
        if let validUntil { credential["validUntil"] = .string(DataIntegritySigner.dateTimeStamp(validUntil)) }
        return .object(credential)
    }

    /// The organization as issuer: its DID, name, site, and its address and description when it gave them.
    static func issuer(_ envelope: Envelope) -> JSON {
        issuer(organization: envelope.organization, profile: envelope.profile, did: envelope.issuerDID, baseURL: envelope.baseURL)
    }

    /// The organization as issuer, from its parts (a learner record has no envelope: it takes no place in the revocation list).
    static func issuer(organization: Organization, profile issuerProfile: IssuerProfile, did: String, baseURL: String) -> JSON {
        let catalogURL = baseURL + PublicPaths.organizationPath(organization.slug) + "/catalog"
        var profile: [String: JSON] = [
            "id": .string(did), "type": ["Profile"], "name": .string(organization.name),
            "url": .string(issuerProfile.url.isEmpty ? catalogURL : issuerProfile.url),
        ]
        if !issuerProfile.email.isEmpty { profile["email"] = .string(issuerProfile.email) }
        if !issuerProfile.description.isEmpty { profile["description"] = .string(issuerProfile.description) }
        return .object(profile)
    }

    /// The credential's entry in its organization's revocation list.
    static func statusEntry(_ envelope: Envelope) -> JSON {
        let list = StatusLists.list(of: envelope.statusIndex), index = StatusLists.position(of: envelope.statusIndex)
        let listURL = envelope.baseURL + PublicPaths.statusListPath(organization: envelope.organization.slug, list: list)
        return ["id": .string(listURL + "#\(index)"), "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                "statusListIndex": .string(String(index)), "statusListCredential": .string(listURL)]
    }

    /// How a subject names its educator in every credential Cairn signs: the address as a salted
    /// hash (so it is checked, never read) and the name as written.
    static func identifiers(of educator: Person, salt: String) -> JSON {
        [
            ["type": "IdentityObject", "identityType": "emailAddress", "hashed": true,
             "identityHash": .string(identityHash(educator.email.rawValue, salt: salt)), "salt": .string(salt)],
            ["type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": .string(educator.displayName)],
        ]
    }

    /// OB 3.0's salted identity hash: `sha256$` and the hex SHA-256 of the address followed by the salt.
    static func identityHash(_ address: String, salt: String) -> String {
        "sha256$" + Crypto.sha256Hex(address + salt)
    }
}

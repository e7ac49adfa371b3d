import CairnCore
import CairnCredentials
import CairnStore
import Foundation

/// The unsigned Open Badges 3.0 `OpenBadgeCredential` Cairn issues for an award: the achievement of
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

    /// Everything a credential for an award is made from.
    struct Parts {
        let credentialID: IssuedCredential.ID
        let award: Award
        let version: MicrocredentialVersion
        let microcredential: Microcredential
        let organization: Organization
        let profile: IssuerProfile
        let educator: Person
        let issuerDID: String
        let statusIndex: Int
        let baseURL: String
        /// A random salt for the hash of the educator's address.
        let salt: String
    }

    /// The credential, ready to sign.
    static func json(_ parts: Parts) -> JSON {
        let base = parts.baseURL, design = parts.version.design
        let versionURL = base + PublicPaths.versionPath(organization: parts.organization.slug,
                                                        microcredential: parts.microcredential.slug, number: parts.version.number)
        let results: [JSON] = parts.award.results.map { result in
            ["type": ["Result"],
             "resultDescription": .string(AchievementDocument.resultDescriptionID(versionURL, criterion: result.criterionID)),
             "achievedLevel": .string(AchievementDocument.levelID(versionURL, criterion: result.criterionID, level: result.levelID))]
        }
        var subject: [String: JSON] = [
            "type": ["AchievementSubject"],
            "identifier": [
                ["type": "IdentityObject", "identityType": "emailAddress", "hashed": true,
                 "identityHash": .string(identityHash(parts.educator.email.rawValue, salt: parts.salt)), "salt": .string(parts.salt)],
                ["type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": .string(parts.educator.displayName)],
            ],
            "achievement": AchievementDocument.achievement(version: parts.version, microcredential: parts.microcredential,
                                                           organization: parts.organization, baseURL: base),
            "result": .array(results),
        ]
        if design.creditHours > 0 { subject["creditsEarned"] = .number(design.creditHours) }
        var credential: [String: JSON] = [
            "@context": contexts,
            "id": .string(base + PublicPaths.credentialPath(parts.credentialID.rawValue)),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": .string(design.title),
            "description": .string("\(parts.educator.displayName) earned \(design.title), a microcredential of \(parts.organization.name): "
                                   + "assessors judged evidence from their classroom against its rubric."),
            "issuer": issuer(parts),
            "validFrom": .string(dateTime(parts.award.decidedAt)),
            "awardedDate": .string(dateTime(parts.award.decidedAt)),
            "credentialSubject": .object(subject),
            "credentialSchema": [["id": .string(schema), "type": "1EdTechJsonSchemaValidator2019"]],
            "credentialStatus": statusEntry(parts),
        ]
        if let until = credentialValidUntil(issued: parts.award.decidedAt, months: design.validityMonths) {
            credential["validUntil"] = .string(dateTime(until))
        }
        return .object(credential)
    }

    /// The organization as issuer: its DID, name, site, and its address and description when it gave them.
    static func issuer(_ parts: Parts) -> JSON {
        let catalogURL = parts.baseURL + PublicPaths.organizationPath(parts.organization.slug) + "/catalog"
        var profile: [String: JSON] = [
            "id": .string(parts.issuerDID), "type": ["Profile"], "name": .string(parts.organization.name),
            "url": .string(parts.profile.url.isEmpty ? catalogURL : parts.profile.url),
        ]
        if !parts.profile.email.isEmpty { profile["email"] = .string(parts.profile.email) }
        if !parts.profile.description.isEmpty { profile["description"] = .string(parts.profile.description) }
        return .object(profile)
    }

    /// The credential's entry in its organization's revocation list.
    static func statusEntry(_ parts: Parts) -> JSON {
        let list = StatusLists.list(of: parts.statusIndex), index = StatusLists.position(of: parts.statusIndex)
        let listURL = parts.baseURL + PublicPaths.statusListPath(organization: parts.organization.slug, list: list)
        return ["id": .string(listURL + "#\(index)"), "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
                "statusListIndex": .string(String(index)), "statusListCredential": .string(listURL)]
    }

    /// OB 3.0's salted identity hash: `sha256$` and the hex SHA-256 of the address followed by the salt.
    static func identityHash(_ address: String, salt: String) -> String {
        "sha256$" + Crypto.sha256Hex(address + salt)
    }

    /// An XML Schema dateTime in UTC to the second.
    static func dateTime(_ date: Date) -> String {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(.iso8601)
    }
}

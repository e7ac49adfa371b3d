import CairnCore
import CairnCredentials
import Foundation

/// The unsigned CLR 2.0 `ClrCredential` of a learner record: the organization as issuer, the educator
/// as `ClrSubject` (a salted hash of their address and their name, as in their credentials), every
/// credential in force embedded exactly as signed, the achievements they record, an `isChildOf`
/// association from each component to its pathway, and the total of credit hours in the description
/// (CLR 2.0 has no field of its own for it; each embedded credential carries its `creditsEarned`).
///
/// It names no `credentialSchema` (no CLR 2.0 schema is bundled to check it with) and no
/// `credentialStatus` (it is made on request and never stored: decision 0014).
enum LearnerRecordDocument {
    /// The contexts, in the order CLR 2.0 asks for: VC 2.0, CLR 2.0.1, OB 3.0.3.
    static let contexts: JSON = [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]

    /// What the record is made from besides the credentials.
    struct Parts {
        let record: LearnerRecord
        let profile: IssuerProfile
        let issuerDID: String
        /// A fresh id (`urn:uuid:`) for this copy of the record.
        let id: UUID
        /// A random salt for the hash of the educator's address.
        let salt: String
        let issuedAt: Date
    }

    /// The record, ready to sign.
    static func json(_ parts: Parts) -> JSON {
        let record = parts.record, educator = record.educator, organization = record.organization
        var subject: [String: JSON] = [
            "type": ["ClrSubject"],
            "identifier": CredentialDocument.identifiers(of: educator, salt: parts.salt),
            "verifiableCredential": .array(record.inForce.map(\.document)),
            "achievement": .array(achievements(record)),
        ]
        let associations = associations(record)
        if !associations.isEmpty { subject["association"] = .array(associations) }
        let credential: [String: JSON] = [
            "@context": contexts,
            "id": .string("urn:uuid:" + parts.id.uuidString.lowercased()),
            "type": ["VerifiableCredential", "ClrCredential"],
            "name": .string("Learner record of \(educator.displayName), \(organization.name)"),
            "description": .string(description(record)),
            "partial": .bool(record.isPartial),
            "issuer": CredentialDocument.issuer(organization: organization, profile: parts.profile, did: parts.issuerDID, baseURL: record.baseURL),
            "validFrom": .string(DataIntegritySigner.dateTimeStamp(parts.issuedAt)),
            "credentialSubject": .object(subject),
        ]
        return .object(credential)
    }

    /// What the record holds in one paragraph, with the total of credit hours.
    static func description(_ record: LearnerRecord) -> String {
        let microcredentials = record.inForce.filter { !$0.isPathway }.count, pathways = record.pathways.count
        var text = "The credentials in force that \(record.educator.displayName) holds from \(record.organization.name): "
            + "\(microcredentials) microcredential\(microcredentials == 1 ? "" : "s")"
        if pathways > 0 { text += " and \(pathways) completed pathway\(pathways == 1 ? "" : "s")" }
        text += ", for a total of \(LearnerRecord.hours(record.totalCreditHours)) credit hour\(record.totalCreditHours == 1 ? "" : "s")."
        if record.isPartial { text += " Expired and suspended credentials are not included." }
        return text
    }

    /// Each achievement the embedded credentials record, once.
    static func achievements(_ record: LearnerRecord) -> [JSON] {
        var seen: Set<String> = []
        return record.inForce.compactMap { entry in
            guard let achievement = entry.achievement, let id = entry.achievementID, seen.insert(id).inserted else { return nil }
            return achievement
        }
    }

    /// Each component achievement in the record as a child of its pathway's achievement.
    static func associations(_ record: LearnerRecord) -> [JSON] {
        let present = Set(record.inForce.compactMap(\.achievementID))
        var seen: Set<[String]> = []
        return record.inForce.filter(\.isPathway).flatMap { pathway -> [JSON] in
            guard let pathwayID = pathway.achievementID else { return [] }
            return LearnerRecord.relatedIDs(of: pathway).filter { present.contains($0) && seen.insert([$0, pathwayID]).inserted }.map { component in
                ["type": "Association", "associationType": "isChildOf", "sourceId": .string(component), "targetId": .string(pathwayID)]
            }
        }
    }
}

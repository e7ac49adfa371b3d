import CairnCore
import CairnCredentials
import Foundation

/// An educator's learner record in one organization, read from the credentials they hold: what the
/// printable transcript shows and what the signed CLR 2.0 `ClrCredential` bundles (`LearnerRecordDocument`).
///
/// What goes in (decision 0014): the credentials **in force** (active and not expired) make the
/// record and its total of credit hours; expired ones are listed apart on the transcript and left
/// out of the signed record (a verifier would find them expired, and the record invalid with them);
/// suspended and revoked ones are in neither. Everything is read from the signed documents, so the
/// record says exactly what the credentials say.
public struct LearnerRecord: Sendable {
    /// One credential as the record lists it.
    public struct Entry: Sendable, Identifiable {
        public let credential: IssuedCredential
        /// The credential's signed document, parsed.
        let document: JSON
        /// The version of the microcredential earned ("2"), nil for a pathway's credential.
        public let version: String?
        /// The credit hours the credential records as earned (0 when none).
        public let creditHours: Double
        /// The credential's own public address.
        public let url: String
        /// The id of the achievement it records: the version's or the pathway's page.
        public let achievementID: String?

        public var id: IssuedCredential.ID { credential.id }
        /// Whether it records a completed pathway rather than a microcredential.
        public var isPathway: Bool { credential.pathwayID != nil }
        /// The achievement as the credential embeds it.
        var achievement: JSON? { document["credentialSubject"]?["achievement"] }
    }

    /// A completed pathway with the microcredentials of the record that count toward it.
    public struct CompletedPathway: Sendable {
        public let entry: Entry
        /// The component credentials found in the record (in force or expired), in the order the pathway's credential names them.
        public let components: [Entry]
    }

    public let organization: Organization
    public let educator: Person
    /// The microcredentials and pathways in force, newest first.
    public let inForce: [Entry]
    /// Expired credentials, newest first: on the transcript, not in the signed record.
    public let expired: [Entry]
    /// Whether some credentials are left out of the signed record (expired or suspended): CLR's `partial`.
    public let isPartial: Bool
    /// Cairn's public address, before every path (the transcript's "verify at" line starts with it).
    public let baseURL: String

    /// The record of `educator` from their credentials in `organization`, judged at `now`.
    init(organization: Organization, educator: Person, credentials: [IssuedCredential], baseURL: String, now: Date) {
        (self.organization, self.educator) = (organization, educator)
        let entries = credentials.filter { $0.status != .revoked }.sorted { ($0.issuedAt, $0.id.rawValue) > ($1.issuedAt, $1.id.rawValue) }
            .map { Self.entry($0, baseURL: baseURL) }
        inForce = entries.filter { $0.credential.status == .active && !$0.credential.isExpired(at: now) }
        expired = entries.filter { $0.credential.status == .active && $0.credential.isExpired(at: now) }
        isPartial = entries.count > inForce.count
        self.baseURL = baseURL
    }

    /// The credit hours of the microcredentials in force: a pathway's own hours are its components', not counted twice.
    public var totalCreditHours: Double {
        inForce.filter { !$0.isPathway }.reduce(0) { $0 + $1.creditHours }
    }

    /// The pathways in force, each with its components found in the record.
    public var pathways: [CompletedPathway] {
        let byAchievement = Dictionary((inForce + expired).filter { !$0.isPathway }.compactMap { entry in entry.achievementID.map { ($0, entry) } },
                                       uniquingKeysWith: { first, _ in first })
        return inForce.filter(\.isPathway).map { pathway in
            CompletedPathway(entry: pathway, components: Self.relatedIDs(of: pathway).compactMap { byAchievement[$0] })
        }
    }

    /// Hours as a person writes them: "12", "7.5".
    public static func hours(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// The ids of the achievements a pathway's achievement names as related: its components' versions.
    static func relatedIDs(of entry: Entry) -> [String] {
        entry.achievement?["related"]?.asList.compactMap { $0["id"]?.stringValue } ?? []
    }

    private static func entry(_ credential: IssuedCredential, baseURL: String) -> Entry {
        let document = (try? JSON(parsing: credential.document)) ?? .null
        let subject = document["credentialSubject"]
        return Entry(credential: credential, document: document,
                     version: credential.pathwayID == nil ? subject?["achievement"]?["version"]?.stringValue : nil,
                     creditHours: subject?["creditsEarned"]?.numberValue ?? 0,
                     url: baseURL + PublicPaths.credentialPath(credential.id.rawValue),
                     achievementID: subject?["achievement"]?["id"]?.stringValue)
    }
}

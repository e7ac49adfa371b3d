import CairnApp
import CairnHTML

/// The paths Cairn's views link to, with identifiers and tokens percent-encoded.
public enum Paths {
    public static let signIn = "/signin"
    public static let signOut = "/signout"
    public static let dashboard = "/dashboard"
    public static let switchOrganization = "/session/organization"
    public static let forgotPassword = "/password/forgot"
    public static let members = "/admin/members"
    public static let inviteMember = "/admin/members/invite"
    public static let importRoster = "/admin/members/import"
    public static let schools = "/admin/schools"
    public static let outbox = "/operator/outbox"

    public static func member(_ id: String) -> String { "/admin/members/" + percentEncoded(id) }
    public static func withdrawInvitation(_ id: String) -> String { "/admin/members/invitations/" + percentEncoded(id) + "/withdraw" }
    public static func deactivateMember(_ id: String) -> String { member(id) + "/deactivate" }
    public static func reactivateMember(_ id: String) -> String { member(id) + "/reactivate" }
    public static func resetPassword(token: String) -> String { Links.resetPassword(token: token) }
    public static func acceptInvitation(token: String) -> String { Links.acceptInvitation(token: token) }

    // MARK: Catalog (public)

    /// The root of an organization's public pages.
    public static func organizationRoot(_ organization: String) -> String { "/o/" + percentEncoded(organization) }
    public static func catalog(_ organization: String) -> String { organizationRoot(organization) + "/catalog" }
    /// A microcredential's public page: its latest published version.
    public static func microcredential(_ organization: String, _ slug: String) -> String {
        organizationRoot(organization) + "/microcredentials/" + percentEncoded(slug)
    }
    /// One version's public page (HTML, or the Achievement JSON by content negotiation).
    public static func version(_ organization: String, _ slug: String, _ number: Int) -> String {
        microcredential(organization, slug) + "/versions/\(number)"
    }
    /// One published (or retired) version's image.
    public static func versionImage(_ organization: String, _ slug: String, _ number: Int) -> String {
        version(organization, slug, number) + "/image"
    }
    /// A file attached to a published (or retired) version, by its blob.
    public static func versionAttachment(_ organization: String, _ slug: String, _ number: Int, _ blob: String) -> String {
        version(organization, slug, number) + "/attachments/" + percentEncoded(blob)
    }
    /// One version's Open Badges 3.0 `Achievement`, always JSON.
    public static func achievement(_ organization: String, _ slug: String, _ number: Int) -> String {
        version(organization, slug, number) + "/achievement.json"
    }

    // MARK: Studio (designers)

    public static let studio = "/studio"
    public static let earn = "/earn"
    public static func workspace(_ id: String) -> String { "/earn/" + percentEncoded(id) }
    public static func saveEvidence(_ id: String, _ requirement: String) -> String { workspace(id) + "/evidence/" + percentEncoded(requirement) }
    /// Where a requirement's file form posts (a finished upload's id, or the file itself).
    public static func evidenceFiles(_ id: String, _ requirement: String) -> String { saveEvidence(id, requirement) + "/files" }
    /// Where a video's captions form posts.
    public static func evidenceCaptions(_ id: String, _ requirement: String, _ blob: String) -> String {
        evidenceFiles(id, requirement) + "/" + percentEncoded(blob) + "/captions"
    }
    /// Where a file's remove button posts.
    public static func removeEvidenceFile(_ id: String, _ requirement: String, _ blob: String) -> String {
        evidenceFiles(id, requirement) + "/" + percentEncoded(blob) + "/remove"
    }
    public static func submitWorkspace(_ id: String) -> String { workspace(id) + "/submit" }
    /// One evidence file (content, poster or captions) of an enrollment, for those who may open its evidence.
    public static func evidenceFile(_ enrollmentID: String, _ sha256: String) -> String {
        "/evidence/" + percentEncoded(enrollmentID) + "/" + percentEncoded(sha256)
    }
    public static func enroll(_ organization: String, _ slug: String) -> String { microcredential(organization, slug) + "/enroll" }
    public static let newMicrocredential = "/studio/new"
    public static let importDesign = "/studio/import"
    public static func studio(_ id: String) -> String { "/studio/" + percentEncoded(id) }
    public static func editor(_ id: String) -> String { studio(id) + "/edit" }
    /// Where one section of the editor posts: `/studio/:id/edit/objectives`.
    public static func editor(_ id: String, section: String) -> String { editor(id) + "/" + percentEncoded(section) }
    public static func preview(_ id: String) -> String { studio(id) + "/preview" }
    /// Where the editor's image form posts (upload, new alt text, removal).
    public static func editImage(_ id: String) -> String { editor(id) + "/image" }
    /// Where the editor's files form posts (attach, remove).
    public static func editAttachments(_ id: String) -> String { editor(id) + "/attachments" }
    /// A file attached to a version, for its designers; without a number, the latest draft's (or latest version's).
    public static func studioAttachment(_ id: String, _ blob: String, version: Int? = nil) -> String {
        studio(id) + "/attachments/" + percentEncoded(blob) + (version.map { "?version=\($0)" } ?? "")
    }
    /// A version's image, for its designers; without a number, the latest draft's (or latest version's).
    public static func studioImage(_ id: String, version: Int? = nil) -> String {
        studio(id) + "/image" + (version.map { "?version=\($0)" } ?? "")
    }
    public static func startPilot(_ id: String) -> String { studio(id) + "/pilot" }
    public static func pilot(_ id: String) -> String { studio(id) + "/pilot" }
    public static func pilotParticipants(_ id: String) -> String { studio(id) + "/pilot/participants" }
    public static func publish(_ id: String) -> String { studio(id) + "/publish" }
    public static func retire(_ id: String) -> String { studio(id) + "/retire" }
    public static func revise(_ id: String) -> String { studio(id) + "/revise" }
    public static func duplicate(_ id: String) -> String { studio(id) + "/duplicate" }
    public static func export(_ id: String) -> String { studio(id) + "/export" }
    public static func joinPilot(token: String) -> String { "/pilot/join/" + percentEncoded(token) }
    public static func pilotFeedback(_ versionID: String) -> String { "/pilot/" + percentEncoded(versionID) + "/feedback" }

    /// Percent-encodes everything but RFC 3986's unreserved characters, so a value stays one
    /// path segment or one query value.
    static func percentEncoded(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result += "%"
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}

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
    public static let outbox = "/admin/outbox"

    public static func member(_ id: String) -> String { "/admin/members/" + percentEncoded(id) }
    public static func deactivateMember(_ id: String) -> String { member(id) + "/deactivate" }
    public static func reactivateMember(_ id: String) -> String { member(id) + "/reactivate" }
    public static func resetPassword(token: String) -> String { "/password/reset?token=" + percentEncoded(token) }
    public static func acceptInvitation(token: String) -> String { "/invitations/accept?token=" + percentEncoded(token) }

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

import Foundation

/// The paths of the one-time links Cairn mails (the web's endpoints take their paths from here,
/// so each is written once).
package enum Links {
    /// Where a password reset link leads.
    package static let resetPasswordPath = "/password/reset"
    /// Where an invitation link leads.
    package static let acceptInvitationPath = "/invitations/accept"

    package static func resetPassword(token: String) -> String { resetPasswordPath + "?token=" + queryValue(token) }
    package static func acceptInvitation(token: String) -> String { acceptInvitationPath + "?token=" + queryValue(token) }

    /// RFC 3986's unreserved characters; every other byte is percent-encoded.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A token as a query value (tokens are base64url, so this changes nothing today; it keeps a link whole whatever they become).
    private static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}

import Foundation

/// The paths of the one-time links Cairn mails (the web answers at the same paths; `Paths` there
/// takes them from here, so each is written once).
package enum Links {
    package static func resetPassword(token: String) -> String { "/password/reset?token=" + queryValue(token) }
    package static func acceptInvitation(token: String) -> String { "/invitations/accept?token=" + queryValue(token) }

    /// RFC 3986's unreserved characters; every other byte is percent-encoded.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A token as a query value (tokens are base64url, so this changes nothing today; it keeps a link whole whatever they become).
    private static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}

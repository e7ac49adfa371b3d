import CairnCore
import Foundation

/// The text of the mail Cairn sends, in one place so its voice stays consistent.
package enum MailTemplates {
    /// An invitation to join an organization; someone who has an account already accepts it
    /// signed in, a newcomer chooses a password. Either way nothing changes until they accept.
    package static func invitation(to email: EmailAddress, name: String, organization: Organization, invitedBy: String,
                           roles: Set<Role>, link: String, hasAccount: Bool, at now: Date) -> OutgoingMail {
        let roleList = roles.sorted().map(\.displayName).joined(separator: ", ")
        let howTo = hasAccount
            ? "You already have a Cairn account: sign in as usual and accept the invitation here (the link works once, for 7 days):"
            : "Choose your password and sign in here (the link works once, for 7 days):"
        return OutgoingMail(to: email, organizationID: organization.id, subject: "You're invited to \(organization.name) on Cairn",
                            oneTimeLink: link, createdAt: now) { link in """
            Hello \(name),

            \(invitedBy) invited you to join \(organization.name) on Cairn, where educators earn \
            microcredentials by showing the work they do in their classrooms.

            Your role: \(roleList).

            \(howTo)
            \(link)

            If you weren't expecting this, you can ignore this message: nothing changes unless you accept.
            """
        }
    }

    package static func passwordReset(to email: EmailAddress, name: String, link: String, at now: Date) -> OutgoingMail {
        OutgoingMail(to: email, organizationID: nil, subject: "Choose a new Cairn password", oneTimeLink: link,
                     createdAt: now) { link in """
            Hello \(name),

            Someone (we hope you) asked to reset the password of your Cairn account.
            Choose a new one here; the link works once, for one hour:
            \(link)

            If you didn't ask, ignore this message: your password stays as it is.
            """
        }
    }
}

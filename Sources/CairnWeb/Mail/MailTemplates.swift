import CairnCore
import Foundation

/// The text of the mail Cairn sends, in one place so its voice stays consistent.
enum MailTemplates {
    static func invitation(to email: EmailAddress, name: String, organization: String, invitedBy: String,
                           roles: Set<Role>, link: String, at now: Date) -> OutgoingMail {
        let roleList = roles.sorted().map(\.displayName).joined(separator: ", ")
        return OutgoingMail(to: email, subject: "You're invited to \(organization) on Cairn", text: """
            Hello \(name),

            \(invitedBy) invited you to join \(organization) on Cairn, where educators earn \
            microcredentials by showing the work they do in their classrooms.

            Your role: \(roleList).

            Choose your password and sign in here (the link works once, for 7 days):
            \(link)

            If you weren't expecting this, you can ignore this message.
            """, createdAt: now)
    }

    static func addedToOrganization(to email: EmailAddress, name: String, organization: String, invitedBy: String,
                                    roles: Set<Role>, link: String, at now: Date) -> OutgoingMail {
        let roleList = roles.sorted().map(\.displayName).joined(separator: ", ")
        return OutgoingMail(to: email, subject: "You've been added to \(organization) on Cairn", text: """
            Hello \(name),

            \(invitedBy) added you to \(organization) on Cairn as: \(roleList).

            Sign in with your existing Cairn password and choose \(organization) on your dashboard:
            \(link)
            """, createdAt: now)
    }

    static func passwordReset(to email: EmailAddress, name: String, link: String, at now: Date) -> OutgoingMail {
        OutgoingMail(to: email, subject: "Choose a new Cairn password", text: """
            Hello \(name),

            Someone (we hope you) asked to reset the password of your Cairn account.
            Choose a new one here; the link works once, for one hour:
            \(link)

            If you didn't ask, ignore this message: your password stays as it is.
            """, createdAt: now)
    }
}

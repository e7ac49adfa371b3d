@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Accepting an invitation: a newcomer joins with the name and password they chose; an existing
/// account joins signed in as itself; a link works once, and never for another account.
@Suite struct InvitationAcceptanceTests {
    /// Invites `email` to Riverbend as an educator; returns the link's secret, read from the mail.
    func invite(_ email: String, in installation: Installation) throws -> String {
        let riverbend = try installation.store.organizations.find(slug: "riverbend")
        let newcomer = try NewMember.check(email: email, name: "Maya Okafor", roleNames: ["educator"]).get()
        try Invitations(installation: installation).invite(newcomer, school: nil, to: riverbend,
                                                           by: .init(name: "Alicia Moreno", personID: nil))
        let mails = try installation.store.outbox.pending()
        let mail = try #require(mails.last { $0.to.rawValue == email })
        let afterToken = try #require(mail.text.components(separatedBy: "token=").last)
        return String(afterToken.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    @Test func aNewcomerJoinsOnceWithTheNameAndPasswordTheyChose() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let invitations = Invitations(installation: installation)
            let secret = try invite("maya@riverbend.example", in: installation)
            let pending = try invitations.pending(secret: secret).get()
            #expect(pending.email.rawValue == "maya@riverbend.example" && !pending.hasAccount && pending.organization.slug == "riverbend")
            let member = try invitations.acceptAsNewcomer(secret: secret, name: "Maya O.", password: "a long new password")
            #expect(member.person.displayName == "Maya O." && member.roles == [.educator] && member.isActive)
            let hash = try #require(try installation.store.members.fetchCredentials(email: try EmailAddress("maya@riverbend.example"))?.passwordHash)
            #expect(installation.passwords.verify("a long new password", against: hash))
            #expect(throws: InvitationError.unusable(.alreadyUsed)) {
                try invitations.acceptAsNewcomer(secret: secret, name: "Someone", password: "another long password")
            }
            #expect(throws: InvitationError.unusable(.unknown)) { try invitations.acceptAsNewcomer(secret: "", name: "A", password: "long enough pw") }
        }
    }

    @Test func anAccountJoinsSignedInAsItselfAndNeverForAnother() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let store = installation.store
            let invitations = Invitations(installation: installation)
            let secret = try invite("admin@lakeside.example", in: installation)
            #expect(try invitations.pending(secret: secret).get().hasAccount)
            #expect(throws: InvitationError.accountExists(email: "admin@lakeside.example")) {
                try invitations.acceptAsNewcomer(secret: secret, name: "Grace", password: "a long new password")
            }
            func member(_ email: String) throws -> Member {
                let person = try #require(try store.members.fetchPerson(email: try EmailAddress(email)))
                return try #require(try store.members.memberships(of: person.id).first)
            }
            let stranger = try member("teacher@lakeside.example")
            let strangerSession = Session.start(id: .init(rawValue: "s1"), personID: stranger.person.id, organizationID: stranger.organization.id,
                                                csrfToken: "c", address: "127.0.0.1", userAgent: "test", at: Date())
            try store.sessions.create(strangerSession)
            #expect(throws: InvitationError.otherAccount(invited: "admin@lakeside.example")) {
                try invitations.acceptSignedIn(secret: secret, as: stranger, session: strangerSession.id)
            }
            let grace = try member("admin@lakeside.example")
            let session = Session.start(id: .init(rawValue: "s2"), personID: grace.person.id, organizationID: grace.organization.id,
                                        csrfToken: "c", address: "127.0.0.1", userAgent: "test", at: Date())
            try store.sessions.create(session)
            let joined = try invitations.acceptSignedIn(secret: secret, as: grace, session: session.id)
            #expect(joined.organization.slug == "riverbend" && joined.person.id == grace.person.id)
            #expect(try store.sessions.fetch(session.id, at: Date())?.organizationID == joined.organization.id, "the session moved there")
        }
    }
}

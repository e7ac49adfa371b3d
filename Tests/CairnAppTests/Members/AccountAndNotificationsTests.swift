@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// The account's session (switching organization, signing out) and a member's notification pages.
@Suite struct AccountAndNotificationsTests {
    @Test func aSessionMovesOnlyToAnOrganizationWhereThePersonIsAnActiveMember() throws {
        try RiverbendWorld.with { world in
            let signIns = SignIns(installation: world.installation)
            guard case .signedIn(let token, let member) = try signIns.signIn(email: "admin@riverbend.example", password: Demo.password,
                                                                           address: "127.0.0.1", userAgent: "test") else {
                Issue.record("not signed in"); return
            }
            let session = try #require(try world.store.sessions.fetch(Session.ID(rawValue: Crypto.sha256Hex(token)), at: Date()))
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            #expect(try signIns.switchOrganization(session.id, of: member.person.id, to: lakeside.id) == nil)
            #expect(try world.store.sessions.fetch(session.id, at: Date())?.organizationID == member.organization.id)
            try signIns.signOut(session.id)
            #expect(try world.store.sessions.fetch(session.id, at: Date()) == nil)
        }
    }

    @Test func aMembersNotificationPreferenceIsTheirsInTheirOrganization() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member("educator@riverbend.example")
            let coach = try world.member("coach@riverbend.example")
            #expect(try world.notifications.preference(of: educator) == nil)
            try world.notifications.setPreference(.dailyDigest, of: educator)
            #expect(try world.notifications.preference(of: educator) == .dailyDigest)
            #expect(try world.notifications.preference(of: coach) == nil)
            #expect(try world.notifications.recentPage(for: educator).isEmpty)
        }
    }
}

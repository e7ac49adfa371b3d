@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Resuming a session from its cookie: a live one brings its member and organizations back in two
/// reads; an unknown token, or a member deactivated since, brings nothing.
@Suite struct SessionsTests {
    @Test func aLiveSessionResumesWithItsMemberAndAnUnknownOrDeactivatedOneDoesNot() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            guard case .signedIn(let token, let member) = try SignIns(installation: installation)
                .signIn(email: "educator@riverbend.example", password: Demo.password, address: "10.0.0.1", userAgent: "t")
            else { Issue.record("the demo educator could not sign in"); return }
            let sessions = Sessions(installation: installation)

            let statements = installation.databaseLoad.statements
            let resumed = try #require(try sessions.resume(token: token))
            #expect(installation.databaseLoad.statements - statements == 4, "one read: BEGIN, the session, the memberships, COMMIT")
            #expect(resumed.member.person.id == member.person.id)
            #expect(resumed.session.organizationID == member.organization.id)
            #expect(resumed.organizations.map(\.id).contains(member.organization.id))
            #expect(try sessions.resume(token: Crypto.randomToken()) == nil)

            try installation.store.members.deactivate(member.membership.id, in: member.organization.id)
            #expect(try sessions.resume(token: token) == nil, "a deactivated member is signed out")
        }
    }
}

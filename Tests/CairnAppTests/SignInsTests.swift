@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Signing in: a wrong password and an unknown address get the same vague refusal, and a right
/// one opens a session whose cookie token only the browser holds.
@Suite struct SignInsTests {
    @Test func aRightPasswordOpensASessionAndAWrongOneOrAnUnknownAddressIsRefused() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let signIns = SignIns(installation: installation)
            guard case .rejected = try signIns.signIn(email: "educator@riverbend.example", password: "wrong", address: "10.0.0.1", userAgent: "t")
            else { Issue.record("a wrong password was not refused"); return }
            guard case .rejected = try signIns.signIn(email: "nobody@riverbend.example", password: Demo.password, address: "10.0.0.1", userAgent: "t")
            else { Issue.record("an unknown address was not refused"); return }
            guard case .signedIn(let token, let member) = try signIns.signIn(email: " Educator@Riverbend.example ", password: Demo.password,
                                                                           address: "10.0.0.1", userAgent: "t")
            else { Issue.record("the right password did not sign in"); return }
            #expect(member.person.email.rawValue == "educator@riverbend.example")
            let session = try #require(try installation.store.sessions.fetch(Session.ID(rawValue: Crypto.sha256Hex(token)), at: Date()))
            #expect(session.personID == member.person.id && session.organizationID == member.organization.id)
            #expect(try installation.store.sessions.fetch(Session.ID(rawValue: token), at: Date()) == nil, "only the token's hash is stored")
        }
    }
}

@testable import CairnApp
import CairnCore
import CairnStore
import Foundation
import Testing

/// Setting a new password with a reset link: the link, the policy and the confirmation are checked
/// before anything changes; then the link is used up, the password set and every session ended.
@Suite struct PasswordResetsTests {
    static let email = "educator@riverbend.example"

    /// A fresh reset link's secret for the demo educator.
    func secret(_ installation: Installation) throws -> String {
        let link = try #require(try PasswordResets(installation: installation).makeLink(for: try EmailAddress(Self.email), mail: false))
        return String(try #require(link.split(separator: "token=").last))
    }

    @Test func aRefusedResetChangesNothingAndNamesItsField() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let resets = PasswordResets(installation: installation)
            let secret = try secret(installation)
            #expect(throws: PasswordResetError.link(.unknown)) { try resets.reset(secret: "nope", password: "a long new password", confirmation: "a long new password") }
            let short = #expect(throws: PasswordResetError.self) { try resets.reset(secret: secret, password: "short", confirmation: "short") }
            #expect(short?.field == "password")
            #expect(throws: PasswordResetError.confirmationDiffers) {
                try resets.reset(secret: secret, password: "a long new password", confirmation: "a long new passwort")
            }
            #expect(try resets.problem(with: secret) == nil, "the link still works after refusals")
            let stored = try #require(try installation.store.members.fetchCredentials(email: try EmailAddress(Self.email))?.passwordHash)
            #expect(installation.passwords.verify(Demo.password, against: stored))
        }
    }

    @Test func aResetSetsThePasswordUsesUpTheLinkAndReturnsTheMember() throws {
        try TemporaryInstallation.with { installation in
            _ = try Demo.seed(into: installation, onlyIfEmpty: true, earning: false)
            let resets = PasswordResets(installation: installation)
            let secret = try secret(installation)
            let member = try resets.reset(secret: secret, password: "a long new password", confirmation: "a long new password")
            #expect(member.person.email.rawValue == Self.email && member.isActive)
            let stored = try #require(try installation.store.members.fetchCredentials(email: try EmailAddress(Self.email))?.passwordHash)
            #expect(installation.passwords.verify("a long new password", against: stored))
            #expect(try resets.problem(with: secret) == .alreadyUsed)
            #expect(throws: PasswordResetError.link(.alreadyUsed)) {
                try resets.reset(secret: secret, password: "another long password", confirmation: "another long password")
            }
        }
    }
}

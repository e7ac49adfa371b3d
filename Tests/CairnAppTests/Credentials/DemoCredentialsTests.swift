@testable import CairnApp
import CairnCore
import CairnCredentials
import Foundation
import Testing

/// The demo's credentials: earned, from a retired version, expired, revoked and suspended, each
/// verifying as a verifier would see it.
@Suite struct DemoCredentialsTests {
    @Test func theDemoHasCredentialsInEveryStateAndEachVerifiesAsItShould() throws {
        try TemporaryInstallation.with { installation in
            #expect(try Demo.seed(into: installation, onlyIfEmpty: true, earning: true))
            let store = installation.store
            let riverbend = try store.organizations.find(slug: "riverbend")
            let all = try store.credentials.credentials(in: riverbend.id, limit: 50, offset: 0).map(\.0)
            let credentials = Credentials(installation: installation, notifications: RiverbendWorld.notifications(of: installation))
            let now = Date()
            let revoked = try #require(all.first { $0.status == .revoked })
            #expect(credentials.verify(Array(revoked.document.utf8)).checks.contains { $0.name == "Status" && $0.status == "failed" })
            let suspended = try #require(all.first { $0.status == .suspended })
            #expect(!suspended.statusReason.isEmpty)
            let expired = try #require(all.first { $0.status == .active && $0.isExpired(at: now) })
            #expect(credentials.verify(Array(expired.document.utf8)).checks.contains { $0.name == "Validity period" && $0.status == "failed" })
            let inForce = all.filter { $0.status == .active && !$0.isExpired(at: now) }
            #expect(inForce.count >= 2, "Mei's, and Luis's from a version since retired")
            for credential in inForce {
                let verification = credentials.verify(Array(credential.document.utf8))
                #expect(verification.verdict == .valid, "\(credential.name): \(verification.checks.map { "\($0.name) \($0.status) \($0.reason)" })")
            }
            #expect(try store.credentials.statusHistory(of: revoked.id).first?.reason == revoked.statusReason)
        }
    }

    @Test func meisFormativeAssessmentCredentialShowsThePlanAndReflectionSheChose() throws {
        try TemporaryInstallation.with { installation in
            try Demo.seed(into: installation, onlyIfEmpty: true, earning: true)
            let store = installation.store
            let riverbend = try store.organizations.find(slug: "riverbend")
            let mei = try #require(try store.members.fetchPerson(email: EmailAddress("mei.chen@riverbend.example")))
            let formative = try #require(try store.microcredentials.fetch(slug: "formative-assessment", in: riverbend.id))
            let credential = try #require(try store.credentials.credentials(of: mei.id, in: riverbend.id).first { $0.microcredentialID == formative.id })
            let credentials = Credentials(installation: installation, notifications: RiverbendWorld.notifications(of: installation))
            let page = try credentials.page(credential.id, viewer: nil)
            #expect(page.evidence.map(\.requirement.kind) == [.lessonPlan, .reflection])
            #expect(try JSON(parsing: credential.document)["evidence"]?.arrayValue?.count == 2)
            #expect(!credential.document.contains("grade3-main-idea-hinge.mp4"), "the video, with students in it, stays private")
            #expect(credentials.verify(Array(credential.document.utf8)).verdict == .valid)
        }
    }
}

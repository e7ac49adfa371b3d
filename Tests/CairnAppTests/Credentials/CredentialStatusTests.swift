@testable import CairnApp
import CairnCore
import CairnCredentials
@testable import CairnStore
import Foundation
import Testing

/// Revoking, suspending and reinstating; sharing; expiry; and what each viewer may see.
@Suite struct CredentialStatusTests {
    @Test func aRevocationIsSeenThroughTheRevocationListAndTheEducatorIsTold() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let admin = try world.member("admin@riverbend.example")
            let bytes = Array(credential.document.utf8)
            #expect(world.credentials.verify(bytes).verdict == .valid)

            let revoked = try world.credentials.changeStatus(credential.id, to: .revoked, reason: "Issued to the wrong person.", by: admin)
            #expect(revoked.status == .revoked && revoked.statusReason == "Issued to the wrong person.")
            let report = world.credentials.verifier.verify(bytes)
            #expect(report.verdict == .invalid)
            #expect(report[.status]?.status == .failed)
            let history = try world.store.credentials.statusHistory(of: credential.id)
            #expect(history.map(\.status) == [.revoked] && history.first?.changedBy == admin.person.id)
            let told = try world.store.database.read { tx in
                try tx.query("SELECT subject FROM notifications WHERE kind = 'credentialStatus' AND person_id = \(credential.educatorID)")
            }
            #expect(told.count == 1)
            #expect(throws: CredentialError.alreadyRevoked) {
                try world.credentials.changeStatus(credential.id, to: .active, reason: "Oops.", by: admin)
            }
        }
    }

    @Test func aSuspensionCanBeLiftedAndIsKeptOnRecord() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let admin = try world.member("admin@riverbend.example")
            try world.credentials.changeStatus(credential.id, to: .suspended, reason: "Under review.", by: admin)
            #expect(try world.credentials.page(credential.id, viewer: nil).credential.status == .suspended)
            #expect(throws: CredentialError.unchanged) {
                try world.credentials.changeStatus(credential.id, to: .suspended, reason: "Again.", by: admin)
            }
            try world.credentials.changeStatus(credential.id, to: .active, reason: "Review done.", by: admin)
            #expect(try world.store.credentials.statusHistory(of: credential.id).map(\.status) == [.suspended, .active])
            #expect(world.credentials.verify(Array(credential.document.utf8)).verdict == .valid)
        }
    }

    @Test func aStatusChangeNeedsAnAdminOfTheOrganizationAndAReason() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let admin = try world.member("admin@riverbend.example")
            #expect(throws: MemberAdministrationError.notAnAdmin) {
                try world.credentials.changeStatus(credential.id, to: .revoked, reason: "No.", by: try world.member("assessor@riverbend.example"))
            }
            #expect(throws: CredentialError.reasonRequired) {
                try world.credentials.changeStatus(credential.id, to: .revoked, reason: "  ", by: admin)
            }
            #expect(throws: CredentialError.reasonTooLong) {
                try world.credentials.changeStatus(credential.id, to: .revoked, reason: String(repeating: "x", count: 501), by: admin)
            }
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let otherAdmin = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(throws: CredentialError.notFound) {
                try world.credentials.changeStatus(credential.id, to: .revoked, reason: "Not mine.", by: otherAdmin)
            }
            #expect(try world.store.credentials.statusHistory(of: credential.id).isEmpty)
        }
    }

    @Test func aHiddenCredentialIsSeenOnlyByItsHolderAndTheOrganizationsAdmins() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let holder = try world.member("educator@riverbend.example")
            #expect(try world.credentials.page(credential.id, viewer: nil).isHolder == false)
            try world.credentials.share(credential.id, false, by: holder)
            #expect(throws: CredentialError.notFound) { try world.credentials.page(credential.id, viewer: nil) }
            #expect(throws: CredentialError.notFound) {
                try world.credentials.page(credential.id, viewer: try world.member("assessor@riverbend.example"))
            }
            #expect(try world.credentials.page(credential.id, viewer: holder).isHolder)
            #expect(try world.credentials.page(credential.id, viewer: try world.member("admin@riverbend.example")).isIssuerAdmin)
            #expect(throws: CredentialError.notFound, "only its holder may share it") {
                try world.credentials.share(credential.id, true, by: try world.member("admin@riverbend.example"))
            }
            try world.credentials.share(credential.id, true, by: holder)
            #expect(try world.credentials.page(credential.id, viewer: nil).earnerName == holder.person.displayName)
        }
    }

    @Test func anExpiredCredentialStaysViewableAndVerifiesAsExpired() throws {
        try RiverbendWorld.with { riverbend in
            let version = try riverbend.publishedMicrocredential(titled: "Reflecting for a year") { $0.validityMonths = 12 }
            try riverbend.store.submissions.addAssessor(try riverbend.member("assessor@riverbend.example").person.id,
                                                        for: version.microcredentialID, in: riverbend.riverbend.id)
            let world = RiverbendWorld(installation: riverbend.installation, riverbend: riverbend.riverbend, version: version)
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let until = try #require(credential.validUntil)
            #expect(until.timeIntervalSince(credential.issuedAt) > 360 * 86_400 && until.timeIntervalSince(credential.issuedAt) < 370 * 86_400)
            let later = until.addingTimeInterval(86_400)
            #expect(credential.isExpired(at: later) && !credential.isExpired(at: Date()))
            let report = world.credentials.verifier.verify(Array(credential.document.utf8), at: later)
            #expect(report[.validityPeriod]?.status == .failed && report[.proof]?.status == .passed)
        }
    }

    @Test func theRevocationListIsSignedByTheIssuerAndKeptUntilAStatusChanges() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let first = try world.credentials.statusList(organization: "riverbend", list: 1)
            #expect(try world.credentials.statusList(organization: "riverbend", list: 1) == first)
            let list = try JSON(parsing: first)
            #expect(list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"])
            let report = world.credentials.verifier.verify(Array(first.utf8))
            #expect(report[.proof]?.status == .passed && report[.issuerKey]?.status == .passed)
            #expect(throws: CredentialError.notFound) { try world.credentials.statusList(organization: "riverbend", list: 2) }
            #expect(throws: CredentialError.notFound) { try world.credentials.statusList(organization: "nowhere", list: 1) }

            try world.credentials.changeStatus(credential.id, to: .revoked, reason: "Wrong person.", by: try world.member("admin@riverbend.example"))
            let second = try JSON(parsing: try world.credentials.statusList(organization: "riverbend", list: 1))
            let bits = try BitstringStatusList(encodedList: second["credentialSubject"]?["encodedList"]?.stringValue ?? "")
            #expect(try bits.isSet(StatusLists.position(of: credential.statusIndex)))
        }
    }

    @Test func aCorrectionIssuesANewCredentialLinkedToTheOldOneWhichIsRevoked() throws {
        try RiverbendWorld.with { world in
            let old = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            let admin = try world.member("admin@riverbend.example")
            try world.store.database.write { tx in
                try tx.execute("UPDATE people SET display_name = 'Jordan Ellis-Park' WHERE id = \(old.educatorID)")
            }
            #expect(throws: CredentialError.reasonRequired) { try world.credentials.correct(old.id, reason: "", by: admin) }
            #expect(throws: MemberAdministrationError.notAnAdmin) {
                try world.credentials.correct(old.id, reason: "Name.", by: try world.member("assessor@riverbend.example"))
            }
            let corrected = try world.credentials.correct(old.id, reason: "The educator's name changed.", by: admin)
            #expect(corrected.replacesID == old.id && corrected.awardID == old.awardID && corrected.id != old.id)
            #expect(corrected.document.contains("Jordan Ellis-Park") && !old.document.contains("Jordan Ellis-Park"))
            #expect(try world.store.credentials.find(old.id)?.status == .revoked)
            #expect(try world.store.credentials.replacement(of: old.id) == corrected.id)
            #expect(world.credentials.verify(Array(corrected.document.utf8)).verdict == .valid)
            #expect(world.credentials.verify(Array(old.document.utf8)).verdict == .invalid)
            #expect(throws: CredentialError.alreadyRevoked) { try world.credentials.correct(old.id, reason: "Again.", by: admin) }
            let page = try world.credentials.page(old.id, viewer: nil)
            #expect(page.replacedBy == corrected.id)
        }
    }

    @Test func thePublicURLsReadTheDatabaseAtMostOnceASecondAndForgetAtOnceWhatThisProcessChanges() throws {
        try RiverbendWorld.with { world in
            let credential = try #require(try world.decide(try world.submission(), at: "demonstrated").credential)
            #expect(world.installation.configuration.publicStampLifetime == .seconds(1))
            _ = try world.credentials.document(credential.id, viewer: nil)
            #expect(try world.statementsRun { _ = try world.credentials.document(credential.id, viewer: nil) } == 0)
            _ = try world.credentials.statusList(organization: "riverbend", list: 1)
            #expect(try world.statementsRun { _ = try world.credentials.statusList(organization: "riverbend", list: 1) } == 0)
            #expect(try world.statementsRun { _ = try world.credentials.document(credential.id, viewer: try world.member("admin@riverbend.example")) } > 0,
                    "members read it fresh")

            try world.credentials.share(credential.id, false, by: try world.member("educator@riverbend.example"))
            #expect(throws: CredentialError.notFound, "hidden at once") { try world.credentials.document(credential.id, viewer: nil) }
            try world.credentials.share(credential.id, true, by: try world.member("educator@riverbend.example"))
            let before = try world.credentials.statusList(organization: "riverbend", list: 1)
            try world.credentials.changeStatus(credential.id, to: .revoked, reason: "Wrong person.", by: try world.member("admin@riverbend.example"))
            #expect(try world.credentials.statusList(organization: "riverbend", list: 1) != before, "the list is signed again at once")
        }
    }

    @Test func statusPositionsArePermutedWithoutCollisions() {
        let positions = Set((0..<StatusLists.size).map(StatusLists.permuted))
        #expect(positions.count == StatusLists.size)
        #expect(StatusLists.permuted(0) != 0 || StatusLists.permuted(1) != 1)
        #expect(StatusLists.list(of: StatusLists.size - 1) == 1 && StatusLists.list(of: StatusLists.size) == 2)
    }
}

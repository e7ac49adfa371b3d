@testable import CairnApp
import CairnCore
import CairnCredentials
@testable import CairnStore
import Foundation
import Testing

/// An admin's direct award to a list of educators: each row on its own, a bad row never stopping the good ones.
@Suite struct BulkAwardingTests {
    static let admin = "admin@riverbend.example"

    func bulk(_ world: RiverbendWorld) -> BulkAwarding { BulkAwarding(installation: world.installation, notifications: world.notifications) }

    @Test func aBadRowAmongGoodOnesIsReportedAndTheGoodOnesAreAwardedWithCredentialsThatVerify() throws {
        try RiverbendWorld.with { world in
            let list = try DirectAwardList(pasted: """
                educator@riverbend.example, Led the summer institute.
                nobody@riverbend.example
                teacher@lakeside.example
                tom.baker@riverbend.example
                not-an-address
                mei.chen@riverbend.example
                Educator@riverbend.example
                """, narrative: "For the district's pilot year.")
            let report = try bulk(world).award(world.version.microcredentialID, to: list, by: try world.member(Self.admin))
            #expect(report.awarded.map(\.email) == ["educator@riverbend.example", "mei.chen@riverbend.example"])
            #expect(report.refused.map(\.line) == [2, 3, 4, 5, 7])
            #expect(report.refused.map(\.outcome) == [.refused(.notAMember), .refused(.notAMember), .refused(.notAMember),
                                                      .refused(.invalidEmail("not-an-address")), .refused(.duplicate(firstLine: 1))])

            let educator = try world.member("educator@riverbend.example").person.id
            let award = try #require(try world.store.reviews.awards(of: educator, in: world.riverbend.id).first)
            #expect(award.source == .direct(by: .admin(try world.member(Self.admin).person.id), narrative: "Led the summer institute."))
            guard case .awarded(let credentialID, let url, _) = report.rows[0].outcome else { Issue.record("not awarded"); return }
            #expect(url == world.installation.configuration.baseURL + "/credentials/" + credentialID.rawValue)
            let credential = try #require(try world.store.credentials.credentials(forAward: award.id).first)
            #expect(credential.id == credentialID)
            let json = try JSON(parsing: credential.document)
            #expect(json["credentialSubject"]?["narrative"] == "Led the summer institute.")
            #expect(json["credentialSubject"]?["result"] == nil, "no rubric results in a direct award")
            let report2 = world.credentials.verifier.verify(Array(credential.document.utf8))
            #expect(report2.verdict == .valid, "\(report2.checks.map { "\($0.check): \($0.status) \($0.reason)" })")
            #expect(report2[.credentialSchema]?.status == .passed)
            // Mei's row had no narrative of its own: the run's narrative.
            let mei = try world.member("mei.chen@riverbend.example").person.id
            #expect(try world.store.reviews.awards(of: mei, in: world.riverbend.id).first?.narrative == "For the district's pilot year.")
            // Each awarded educator is told, once.
            #expect(try world.rows(in: "notifications") == 2)
        }
    }

    @Test func onlyEducatorsOtherThanTheAwarderWhoseWorkAwaitsNoDecisionAreAwarded() throws {
        try RiverbendWorld.with { world in
            let luis = try world.member("luis.ortega@riverbend.example")
            try world.store.members.setRoles([.educator, .assessor, .admin], of: luis.membership.id, in: world.riverbend.id)
            let luisAsAdmin = try world.member("luis.ortega@riverbend.example")
            _ = try world.enroll("mei.chen@riverbend.example", in: world.version)
            let list = try DirectAwardList(pasted: "coach@riverbend.example\nluis.ortega@riverbend.example\nmei.chen@riverbend.example")
            let report = try bulk(world).award(world.version.microcredentialID, to: list, by: luisAsAdmin)
            #expect(report.rows.map(\.outcome) == [.refused(.notAnEducator), .refused(.ownAward), .refused(.workInProgress)])
            #expect(try world.rows(in: "awards") == 0)
            // Another admin may award Luis.
            let other = try bulk(world).award(world.version.microcredentialID, to: try DirectAwardList(pasted: "luis.ortega@riverbend.example"),
                                              by: try world.member(Self.admin))
            #expect(other.awarded.count == 1)
        }
    }

    @Test func someoneWhoAlreadyHoldsItIsRefusedUntilTheirCredentialIsRevoked() throws {
        try RiverbendWorld.with { world in
            let admin = try world.member(Self.admin)
            let list = try DirectAwardList(pasted: "educator@riverbend.example")
            let first = try bulk(world).award(world.version.microcredentialID, to: list, by: admin)
            #expect(first.awarded.count == 1)
            let again = try bulk(world).award(world.version.microcredentialID, to: list, by: admin)
            #expect(again.rows.map(\.outcome) == [.refused(.alreadyHolds)])
            guard case .awarded(let id, _, _) = first.rows[0].outcome else { Issue.record("the first run awarded nothing"); return }
            try world.credentials.changeStatus(id, to: .revoked, reason: "Awarded by mistake.", by: admin)
            #expect(try bulk(world).award(world.version.microcredentialID, to: list, by: admin).awarded.count == 1)
        }
    }

    @Test func aRowWhoseCredentialCannotBeSignedLeavesNothingBehindAndIsReported() throws {
        try RiverbendWorld.with(signer: IssuingTests.FailingSigner()) { world in
            var failures: [Int] = []
            let list = try DirectAwardList(pasted: "educator@riverbend.example\nnobody@riverbend.example")
            let report = try bulk(world).award(world.version.microcredentialID, to: list, by: try world.member(Self.admin)) { line, _ in
                failures.append(line)
            }
            #expect(report.rows.map(\.outcome) == [.refused(.couldNotIssue("The credential could not be signed: the signing step was made to fail.")),
                                                   .refused(.notAMember)])
            #expect(failures == [1])
            #expect(try world.rows(in: "awards") == 0)
            #expect(try world.rows(in: "credentials") == 0)
            #expect(try world.rows(in: "notifications") == 0)
        }
    }

    @Test func aBulkAwardThatCompletesAPathwayIssuesThePathwaysCredential() throws {
        try RiverbendWorld.with { world in
            let questioning = try world.publishedMicrocredential("questioning", title: "Questioning")
            _ = try world.publishedPathway(core: [world.version, questioning], electives: [])
            try world.earn(world.version, by: "educator@riverbend.example")
            let report = try bulk(world).award(questioning.microcredentialID, to: try DirectAwardList(pasted: "educator@riverbend.example"),
                                               by: try world.member(Self.admin))
            #expect(report.rows.map(\.outcome).count == 1)
            guard case .awarded(_, _, let pathways) = report.rows[0].outcome else { Issue.record("not awarded"); return }
            #expect(pathways == ["Reflective teacher"])
            let educator = try world.member("educator@riverbend.example").person.id
            #expect(try world.store.database.read { try world.store.credentials.pathwayCredentials(of: educator, in: world.riverbend.id, in: $0) }.count == 1)
        }
    }

    @Test func onlyTheOrganizationsAdminsAwardAndAnotherOrganizationsMicrocredentialIsNotFound() throws {
        try RiverbendWorld.with { world in
            let list = try DirectAwardList(pasted: "educator@riverbend.example")
            #expect(throws: MemberAdministrationError.notAnAdmin) {
                try bulk(world).award(world.version.microcredentialID, to: list, by: try world.member("designer@riverbend.example"))
            }
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let lakesideAdmin = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(throws: DatabaseError.self) { try bulk(world).award(world.version.microcredentialID, to: list, by: lakesideAdmin) }
            #expect(try world.rows(in: "awards") == 0)
        }
    }

    @Test func theCommandLineAwardsByItsSlugsAndRecordsNoAdmin() throws {
        try RiverbendWorld.with { world in
            let report = try bulk(world).awardFromCommandLine(organization: "riverbend", microcredential: "reflective-practice",
                                                              to: try DirectAwardList(pasted: "mei.chen@riverbend.example"))
            #expect(report.awarded.count == 1)
            let mei = try world.member("mei.chen@riverbend.example").person.id
            #expect(try world.store.reviews.awards(of: mei, in: world.riverbend.id).first?.source == .direct(by: .commandLine, narrative: nil))
        }
    }
}

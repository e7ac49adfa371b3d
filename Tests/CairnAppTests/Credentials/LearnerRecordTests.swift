@testable import CairnApp
import CairnCore
import CairnCredentials
@testable import CairnStore
import Foundation
import Testing

/// The learner record: the credentials in force signed into a CLR 2.0 `ClrCredential` that verifies,
/// with its achievements, the pathway's associations and the total of credit hours; and the transcript.
@Suite struct LearnerRecordTests {
    static let educator = "educator@riverbend.example"

    /// The world's educator with a completed pathway (reflective practice, 1 hour; questioning, 2 hours) and
    /// a third microcredential (feedback, 2 hours).
    static func withPathway(_ body: (RiverbendWorld, Pathway) throws -> Void) throws {
        try RiverbendWorld.with { world in
            let questioning = try world.publishedMicrocredential("questioning", title: "Questioning")
            let feedback = try world.publishedMicrocredential("feedback", title: "Feedback")
            let pathway = try world.publishedPathway(core: [world.version], electives: [questioning])
            try world.earn(world.version, by: educator)
            try world.earn(questioning, by: educator)
            try world.earn(feedback, by: educator)
            try body(world, pathway)
        }
    }

    @Test func theRecordBundlesEveryCredentialInForceWithItsAchievementsAssociationsAndTotalHours() throws {
        try Self.withPathway { world, pathway in
            let educator = try world.member(Self.educator)
            let held = try world.store.credentials.credentials(of: educator.person.id, in: world.riverbend.id)
            #expect(held.count == 4, "three microcredentials and the pathway")
            let clr = try JSON(parsing: try world.credentials.learnerRecordDocument(viewer: educator))

            #expect(clr["type"] == ["VerifiableCredential", "ClrCredential"])
            #expect(clr["@context"]?.asList.prefix(3) == ["https://www.w3.org/ns/credentials/v2",
                                                          "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                                                          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"])
            #expect(clr["id"]?.stringValue?.hasPrefix("urn:uuid:") == true)
            #expect(clr["issuer"]?["id"]?.stringValue == (try JSON(parsing: held[0].document))["issuer"]?["id"]?.stringValue)
            #expect(clr["partial"] == false)
            #expect(clr["credentialSchema"] == nil && clr["credentialStatus"] == nil)
            #expect(clr["description"]?.stringValue?.contains("3 microcredentials and 1 completed pathway, for a total of 5 credit hours") == true)
            let subject = try #require(clr["credentialSubject"])
            #expect(subject["type"] == ["ClrSubject"])
            let hashed = try #require(subject["identifier"]?.asList.first { $0["identityType"] == "emailAddress" })
            #expect(hashed["identityHash"]?.stringValue == CredentialDocument.identityHash(educator.person.email.rawValue,
                                                                                           salt: hashed["salt"]?.stringValue ?? ""))

            // Each credential embedded as signed: the same JSON as stored.
            let embedded = subject["verifiableCredential"]?.asList ?? []
            #expect(Set(embedded) == Set(try held.map { try JSON(parsing: $0.document) }))

            let base = world.installation.configuration.baseURL
            let pathwayID = base + "/o/riverbend/pathways/" + pathway.slug
            let versions = base + "/o/riverbend/microcredentials/"
            let achievements = Set((subject["achievement"]?.asList ?? []).compactMap { $0["id"]?.stringValue })
            #expect(achievements == [pathwayID, versions + "reflective-practice/versions/1", versions + "questioning/versions/1",
                                     versions + "feedback/versions/1"])
            let associations = (subject["association"]?.asList ?? []).map {
                [$0["type"]?.stringValue, $0["associationType"]?.stringValue, $0["sourceId"]?.stringValue, $0["targetId"]?.stringValue]
            }
            #expect(Set(associations) == [["Association", "isChildOf", versions + "reflective-practice/versions/1", pathwayID],
                                          ["Association", "isChildOf", versions + "questioning/versions/1", pathwayID]])
        }
    }

    @Test func theRecordVerifiesValidWithEachEmbeddedCredentialAndATamperedOneMakesItInvalid() throws {
        try Self.withPathway { world, _ in
            let text = try world.credentials.learnerRecordDocument(viewer: try world.member(Self.educator))
            let report = world.credentials.verifier.verify(Array(text.utf8))
            #expect(report.verdict == .valid, "\(report.checks.map { "\($0.check): \($0.status) \($0.reason)" })")
            for check in [VerificationCheck.context, .structure, .jsonLD, .proof, .issuerKey, .validityPeriod] {
                #expect(report[check]?.status == .passed, "\(check): \(report[check]?.reason ?? "not run")")
            }
            let embedded = try #require(report[.embeddedCredentials])
            #expect(embedded.status == .passed && embedded.embedded.count == 4 && embedded.embedded.allSatisfy { $0.verdict == .valid })

            // A changed embedded credential fails its own proof, and so the record's (which covers it).
            let clr = try JSON(parsing: text)
            let tampered = clr.setting(["credentialSubject", "verifiableCredential", "0", "name"], to: "Something never earned")
            let after = world.credentials.verifier.verify(Array(tampered.serialized.utf8))
            #expect(after.verdict == .invalid)
            #expect(after[.proof]?.status == .failed)
            #expect(after[.embeddedCredentials]?.status == .failed)
        }
    }

    @Test func onlyCredentialsInForceGoInAndTheRecordSaysItIsPartialWhenSomeAreLeftOut() throws {
        try Self.withPathway { world, _ in
            let educator = try world.member(Self.educator), admin = try world.member("admin@riverbend.example")
            let held = try world.store.credentials.credentials(of: educator.person.id, in: world.riverbend.id).filter { $0.pathwayID == nil }
            let byName = Dictionary(uniqueKeysWithValues: held.map { ($0.name, $0) })
            let feedback = try #require(byName["Feedback"]), questioning = try #require(byName["Questioning"])
            try world.credentials.changeStatus(feedback.id, to: .revoked, reason: "Awarded in error.", by: admin)
            try world.credentials.changeStatus(questioning.id, to: .suspended, reason: "Under review.", by: admin)
            // An expired one: a copy of the reflection credential whose validity ended yesterday.
            let reflection = try #require(byName[world.version.design.title])
            let expired = IssuedCredential(organizationID: world.riverbend.id, educatorID: educator.person.id, awardID: nil,
                                           microcredentialID: reflection.microcredentialID, name: "Old reflection", statusIndex: 99_999,
                                           document: reflection.document, issuedAt: Date(timeIntervalSinceNow: -400 * 86400),
                                           validUntil: Date(timeIntervalSinceNow: -86400))
            try world.store.write { tx in try world.store.credentials.insert(expired, in: tx) }

            let record = try world.credentials.learnerRecord(viewer: educator)
            #expect(Set(record.inForce.map(\.credential.name)) == [world.version.design.title, "Reflective teacher"])
            #expect(record.expired.map(\.credential.name) == ["Old reflection"])
            #expect(record.isPartial)
            #expect(record.totalCreditHours == 1, "the reflection's hour only: the pathway's are its components'")
            #expect(record.pathways.first?.components.map(\.credential.name).contains(world.version.design.title) == true)

            let clr = try JSON(parsing: try world.credentials.learnerRecordDocument(viewer: educator))
            #expect(clr["partial"] == true)
            #expect(clr["credentialSubject"]?["verifiableCredential"]?.asList.count == 2)
            #expect(world.credentials.verifier.verify(Array(clr.serialized.utf8)).verdict == .valid)
        }
    }

    @Test func makingTheRecordRunsTheSameQueriesWhateverTheNumberOfCredentials() throws {
        try RiverbendWorld.with { world in
            let educator = try world.member(Self.educator)
            try world.earn(world.version, by: Self.educator)
            let one = try world.statements { try world.credentials.learnerRecordDocument(viewer: educator) }
            let transcriptOne = try world.statements { try world.credentials.learnerRecord(viewer: educator) }
            for slug in ["questioning", "feedback", "planning"] {
                try world.earn(try world.publishedMicrocredential(slug, title: slug.capitalized), by: Self.educator)
            }
            let four = try world.statements { try world.credentials.learnerRecordDocument(viewer: educator) }
            let transcriptFour = try world.statements { try world.credentials.learnerRecord(viewer: educator) }
            #expect(try JSON(parsing: four.value)["credentialSubject"]?["verifiableCredential"]?.asList.count == 4)
            #expect(four.count == one.count, "\(one.count) statements for one credential, \(four.count) for four")
            #expect(transcriptFour.count == transcriptOne.count && transcriptFour.value.inForce.count == 4)
            #expect(one.count <= 5, "one read transaction: the credentials, the key, the issuer profile")
        }
    }

    @Test func onlyTheEducatorAndTheirOrganizationsAdminsMayHaveTheRecord() throws {
        try RiverbendWorld.with { world in
            try world.earn(world.version, by: Self.educator)
            let educator = try world.member(Self.educator)
            let admin = try world.member("admin@riverbend.example")
            #expect(try world.credentials.learnerRecord(of: educator.person.id, viewer: admin).inForce.count == 1)
            #expect(try world.credentials.learnerRecordDocument(of: educator.person.id, viewer: admin).contains("ClrCredential"))
            for other in ["mei.chen@riverbend.example", "assessor@riverbend.example"] {
                #expect(throws: CredentialError.notFound) {
                    try world.credentials.learnerRecord(of: educator.person.id, viewer: try world.member(other))
                }
            }
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let lakesideAdmin = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(throws: CredentialError.notFound) {
                try world.credentials.learnerRecordDocument(of: educator.person.id, viewer: lakesideAdmin)
            }
            // Someone with nothing in force has no record to download, and an empty transcript.
            let mei = try world.member("mei.chen@riverbend.example")
            #expect(throws: LearnerRecordError.nothingInForce) { try world.credentials.learnerRecordDocument(viewer: mei) }
            #expect(try world.credentials.learnerRecord(viewer: mei).inForce.isEmpty)
        }
    }

    @Test func theDemosMeiHasARecordWithHerCompletedPathwayThatVerifies() throws {
        try TemporaryInstallation.with { installation in
            #expect(try Demo.seed(into: installation, onlyIfEmpty: true, earning: true))
            let riverbend = try installation.store.organizations.find(slug: "riverbend")
            let mei = try RiverbendWorld.member("mei.chen@riverbend.example", in: riverbend, store: installation.store)
            let credentials = Credentials(installation: installation, notifications: RiverbendWorld.notifications(of: installation))
            let record = try credentials.learnerRecord(viewer: mei)
            #expect(record.pathways.count == 1 && record.pathways[0].components.count == 2)
            #expect(record.totalCreditHours > 0)
            let clr = try credentials.learnerRecordDocument(viewer: mei)
            let verification = credentials.verify(Array(clr.utf8))
            #expect(verification.verdict == .valid, "\(verification.json)")
            #expect((try JSON(parsing: clr))["credentialSubject"]?["association"]?.asList.count == 2)
        }
    }
}

@testable import CairnApp
import CairnCore
import CairnCredentials
import CairnStore
import Foundation
import Testing

/// The evidence an educator chooses to show with their credential: the choice per item, only chosen
/// items in the signed credential, the files served to the public while the credential is shared
/// and active, and withdrawing an item later.
@Suite struct PublicEvidenceTests {
    static let educator = "educator@riverbend.example"

    /// A reflection (`r1`) and a lesson plan with a PDF (`r2`), both judged by `c1`.
    static var twoItems: Design {
        var design = RiverbendWorld.reflection
        design.parts[0].requirements.append(EvidenceRequirement(id: "r2", kind: .lessonPlan, title: "Lesson plan", prompt: "Plan it.",
                                                                limits: EvidenceLimits(fileTypes: ["pdf"], maxFileMegabytes: 5),
                                                                objectiveIDs: ["o1"]))
        design.rubric.criteria[0].requirementIDs.append("r2")
        return design
    }

    /// The educator's enrollment in the two-item microcredential, both items filled in; the PDF's hash.
    static func filled(_ world: RiverbendWorld) throws -> (enrollment: Enrollment, pdf: String) {
        let version = try world.published("two-items", design: twoItems)
        try world.store.submissions.addAssessor(try world.member("assessor@riverbend.example").person.id, for: version.microcredentialID,
                                                in: world.riverbend.id)
        let enrollment = try world.enroll(educator, in: version)
        let pdf = try world.installation.blobs.put(RiverbendWorld.pdfBytes).id.hex
        try world.store.enrollments.save(try EvidenceItem(requirementID: "r1", text: "Students *asked* more questions."), to: enrollment.id,
                                         in: world.riverbend.id, at: Date())
        try world.store.enrollments.save(try EvidenceItem(requirementID: "r2", text: "", links: ["https://example.org/plan"], files: [
            EvidenceFile(sha256: pdf, filename: "plan.pdf", contentType: "application/pdf", size: Int64(RiverbendWorld.pdfBytes.count)),
        ]), to: enrollment.id, in: world.riverbend.id, at: Date())
        return (enrollment, pdf)
    }

    /// Submits the enrollment and decides it *earned*; returns the credential.
    static func earn(_ world: RiverbendWorld, _ enrollment: Enrollment) throws -> IssuedCredential {
        let submission = try world.store.submissions.submit(enrollment.id, in: world.riverbend.id, at: Date())
        return try #require(try world.decide(submission, at: "demonstrated").credential)
    }

    @Test func onlyTheChosenItemsAreInTheCredentialWhichStillVerifies() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try Self.filled(world)
            let educator = try world.member(Self.educator)
            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            try world.earning.showWithCredential(false, requirement: "r1", of: enrollment.id, by: educator)
            #expect(try world.earning.workspacePage(enrollment.id, by: educator).publicRequirements == ["r2"])

            let credential = try Self.earn(world, enrollment)
            let json = try JSON(parsing: credential.document)
            let evidence = try #require(json["evidence"]?.arrayValue)
            #expect(evidence.count == 1, "the reflection was not chosen")
            #expect(evidence[0]["id"]?.stringValue?.hasSuffix("/credentials/\(credential.id.rawValue)/evidence/1") == true)
            #expect(evidence[0]["type"] == ["Evidence"])
            #expect(evidence[0]["name"] == "Lesson plan" && evidence[0]["genre"] == "Lesson plan")
            #expect(evidence[0]["description"] == nil && evidence[0]["narrative"] == nil)
            #expect(!credential.document.contains("plan.pdf") && !credential.document.contains("example.org/plan"),
                    "files and links are shown at the entry's address, never signed into the credential")
            #expect(!credential.document.contains("asked"), "the text of an item not chosen never appears")

            let report = world.credentials.verifier.verify(Array(credential.document.utf8))
            #expect(report.verdict == .valid, "\(report.checks.map { "\($0.check): \($0.status) \($0.reason)" })")
            #expect(report[.credentialSchema]?.status == .passed && report[.jsonLD]?.status == .passed)
        }
    }

    @Test func aChosenTextStaysOutOfTheSignedCredentialSoWithdrawingItTakesItDown() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try Self.filled(world)
            try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: try world.member(Self.educator))
            let credential = try Self.earn(world, enrollment)
            let evidence = try #require(try JSON(parsing: credential.document)["evidence"]?.arrayValue)
            #expect(evidence.map { $0["narrative"] } == [nil])
            #expect(!credential.document.contains("asked"), "the educator's text is shown on the page, not signed")
            #expect(evidence.map { $0["genre"] } == ["Reflection"])
            #expect(world.credentials.verifier.verify(Array(credential.document.utf8)).verdict == .valid)
        }
    }

    @Test func anotherEducatorOrOrganizationCannotChooseAndAnEarnedChoiceIsFrozen() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try Self.filled(world)
            let lakeside = try world.store.organizations.find(slug: "lakeside")
            let stranger = try RiverbendWorld.member("admin@lakeside.example", in: lakeside, store: world.store)
            #expect(throws: EnrollmentError.notFound) {
                try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: try world.member("mei.chen@riverbend.example"))
            }
            #expect(throws: EnrollmentError.notFound) { try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: stranger) }
            let educator = try world.member(Self.educator)
            #expect(throws: EnrollmentError.unknownRequirement("r9")) {
                try world.earning.showWithCredential(true, requirement: "r9", of: enrollment.id, by: educator)
            }
            #expect(try world.store.enrollments.publicChoices(of: enrollment.id, in: world.riverbend.id).isEmpty)

            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            let submission = try world.store.submissions.submit(enrollment.id, in: world.riverbend.id, at: Date())
            #expect(throws: EnrollmentError.publicChoiceWhileWaiting) {  // the submitted copy is what a credential shows
                try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            }
            try world.decide(submission, at: "demonstrated")
            #expect(throws: EnrollmentError.publicChoiceLocked) {
                try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            }
            #expect(throws: EnrollmentError.publicChoiceLocked) {
                try world.earning.showWithCredential(false, requirement: "r2", of: enrollment.id, by: educator)
            }
            #expect(try world.store.enrollments.publicChoices(of: enrollment.id, in: world.riverbend.id).map(\.requirementID) == ["r2"])
        }
    }

    @Test func theFilesAreServedOnlyWhileTheCredentialIsSharedAndInForce() throws {
        try RiverbendWorld.with { world in
            let (enrollment, pdf) = try Self.filled(world)
            let educator = try world.member(Self.educator)
            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            let credential = try Self.earn(world, enrollment)
            let file = try world.credentials.publicEvidenceFile(pdf, item: 1, of: credential.id)
            #expect(file.served.filename == "plan.pdf" && FileManager.default.contents(atPath: file.path).map(Array.init) == RiverbendWorld.pdfBytes)
            #expect(throws: CredentialError.notFound) { try world.credentials.publicEvidenceFile(pdf, item: 2, of: credential.id) }
            #expect(throws: CredentialError.notFound) {
                try world.credentials.publicEvidenceFile(String(repeating: "0", count: 64), item: 1, of: credential.id)
            }
            let page = try world.credentials.page(credential.id, viewer: nil)
            #expect(page.evidence.map(\.requirement.id) == ["r2"])

            try world.credentials.share(credential.id, false, by: educator)
            #expect(throws: CredentialError.notFound) { try world.credentials.publicEvidenceFile(pdf, item: 1, of: credential.id) }
            try world.credentials.share(credential.id, true, by: educator)
            try world.credentials.changeStatus(credential.id, to: .revoked, reason: "Awarded in error.", by: try world.member("admin@riverbend.example"))
            #expect(throws: CredentialError.notFound) { try world.credentials.publicEvidenceFile(pdf, item: 1, of: credential.id) }
            #expect(try world.credentials.page(credential.id, viewer: nil).evidence.isEmpty, "a revoked credential shows no evidence")
        }
    }

    @Test func theHolderWithdrawsAnItemAndItsAddressThenAnswersGone() throws {
        try RiverbendWorld.with { world in
            let (enrollment, pdf) = try Self.filled(world)
            let educator = try world.member(Self.educator)
            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            let credential = try Self.earn(world, enrollment)
            #expect(throws: CredentialError.notFound) {
                try world.credentials.withdrawEvidence(1, of: credential.id, by: try world.member("mei.chen@riverbend.example"))
            }
            #expect(throws: CredentialError.notFound) { try world.credentials.withdrawEvidence(2, of: credential.id, by: educator) }
            try world.credentials.withdrawEvidence(1, of: credential.id, by: educator)
            #expect(throws: CredentialError.unchanged) { try world.credentials.withdrawEvidence(1, of: credential.id, by: educator) }
            #expect(throws: CredentialError.evidenceWithdrawn) { try world.credentials.publicEvidence(1, of: credential.id) }
            #expect(throws: CredentialError.evidenceWithdrawn) { try world.credentials.publicEvidenceFile(pdf, item: 1, of: credential.id) }
            #expect(try world.credentials.page(credential.id, viewer: nil).evidence.map(\.isWithdrawn) == [true])
            #expect(try JSON(parsing: try #require(try world.store.credentials.find(credential.id)).document)["evidence"]?.arrayValue?.count == 1,
                    "the signed credential still names it")
        }
    }

    @Test func aCorrectionLeavesOutWhatWasWithdrawnAndKeepsTheOtherItemsNumbers() throws {
        try RiverbendWorld.with { world in
            let (enrollment, pdf) = try Self.filled(world)
            let educator = try world.member(Self.educator)
            try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            let credential = try Self.earn(world, enrollment)
            try world.credentials.withdrawEvidence(1, of: credential.id, by: educator)
            let corrected = try world.credentials.correct(credential.id, reason: "The name was wrong.", by: try world.member("admin@riverbend.example"))
            let ids = try JSON(parsing: corrected.document)["evidence"]?.asList.compactMap { $0["id"]?.stringValue } ?? []
            #expect(ids.count == 1 && ids[0].hasSuffix("/credentials/\(corrected.id.rawValue)/evidence/2"))
            #expect(try world.credentials.publicEvidenceFile(pdf, item: 2, of: corrected.id).served.filename == "plan.pdf")
            #expect(throws: CredentialError.notFound) { try world.credentials.publicEvidence(1, of: corrected.id) }
            #expect(world.credentials.verifier.verify(Array(corrected.document.utf8)).verdict == .valid)
        }
    }

    @Test func theCredentialPageRunsAFixedNumberOfStatementsWhateverTheEvidence() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try Self.filled(world)
            let educator = try world.member(Self.educator)
            try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            let one = try Self.earn(world, enrollment)
            let plain = try #require(try world.decide(try world.submission(by: "mei.chen@riverbend.example"), at: "demonstrated").credential)
            let mei = try world.member("mei.chen@riverbend.example")
            _ = try world.credentials.page(one.id, viewer: educator)  // the verification's status list is read once, then kept
            let withOne = try world.statements { try world.credentials.page(one.id, viewer: educator) }
            let withNone = try world.statements { try world.credentials.page(plain.id, viewer: mei) }
            #expect(withOne.value.evidence.count == 1 && withNone.value.evidence.isEmpty)
            #expect(withOne.count == withNone.count)
        }
    }
}

/// After a *not yet*, only the items shown as they were chosen reach the credential.
@Suite struct PublicEvidenceConsentTests {
    @Test func anItemChangedAfterANotYetIsLeftOutUnlessChosenAgain() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try PublicEvidenceTests.filled(world)
            let educator = try world.member(PublicEvidenceTests.educator)
            try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            let first = try world.store.submissions.submit(enrollment.id, in: world.riverbend.id, at: Date())
            try world.decide(first, at: "approaching")

            // The educator rewrites the reflection and resubmits; the lesson plan is as it was.
            let editable = try world.earning.editable("r1", of: enrollment.id, by: educator)
            let saved = try world.earning.saveText(try EvidenceItem(requirementID: "r1", text: "I now wait five seconds after each question."),
                                                   in: editable)
            #expect(saved.publicChoiceLapsed)
            let page = try world.earning.workspacePage(enrollment.id, by: educator)
            #expect(page.publicRequirements == ["r2"] && page.lapsedRequirements == ["r1"])

            let credential = try PublicEvidenceTests.earn(world, enrollment)
            let evidence = try #require(try JSON(parsing: credential.document)["evidence"]?.arrayValue)
            #expect(evidence.map { $0["name"] } == ["Lesson plan"], "the rewritten reflection was not consented to as it is now")
        }
    }
}

/// What a credential shows is the submitted copy: nothing is chosen while it waits, and nothing changes once earned.
@Suite struct PublicEvidenceWhileWaitingTests {
    @Test func anItemCannotBeChosenWhileTheWorkWaitsButCanBeMadePrivate() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try PublicEvidenceTests.filled(world)
            let educator = try world.member(PublicEvidenceTests.educator)
            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            let submission = try world.store.submissions.submit(enrollment.id, in: world.riverbend.id, at: Date())

            #expect(throws: EnrollmentError.publicChoiceWhileWaiting) {
                try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            }
            try world.earning.showWithCredential(false, requirement: "r2", of: enrollment.id, by: educator)
            let credential = try #require(try world.decide(submission, at: "demonstrated").credential)
            #expect(try JSON(parsing: credential.document)["evidence"] == nil, "nothing was chosen as submitted")
        }
    }

    @Test func evidenceCannotChangeOnceEarnedEvenStraightThroughTheStore() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try PublicEvidenceTests.filled(world)
            try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: try world.member(PublicEvidenceTests.educator))
            _ = try PublicEvidenceTests.earn(world, enrollment)
            #expect(throws: EnrollmentError.evidenceLocked) {
                try world.store.enrollments.updateEntry("r1", of: enrollment.id, in: world.riverbend.id, at: Date()) { $0.text = "Changed." }
            }
            #expect(try world.store.enrollments.publicChoices(of: enrollment.id, in: world.riverbend.id).map(\.requirementID) == ["r1"],
                    "the choice the credential was issued with stays")
        }
    }
}

/// An admin takes one public item down with a reason on record; its address answers Gone and the educator is told.
@Suite struct PublicEvidenceTakedownTests {
    @Test func anAdminTakesOneItemDownWithTheReasonAndTheEducatorIsTold() throws {
        try RiverbendWorld.with { world in
            let (enrollment, _) = try PublicEvidenceTests.filled(world)
            let educator = try world.member(PublicEvidenceTests.educator)
            try world.earning.showWithCredential(true, requirement: "r1", of: enrollment.id, by: educator)
            try world.earning.showWithCredential(true, requirement: "r2", of: enrollment.id, by: educator)
            let credential = try PublicEvidenceTests.earn(world, enrollment)
            let admin = try world.member("admin@riverbend.example")
            let reason = "A parent asked us to: her child's name is on the plan."

            #expect(throws: MemberAdministrationError.notAnAdmin) {
                try world.credentials.takeDownEvidence(2, of: credential.id, reason: reason, by: educator)
            }
            #expect(throws: CredentialError.notFound) {
                try world.credentials.takeDownEvidence(2, of: credential.id, reason: reason,
                                                       by: try RiverbendWorld.member("admin@lakeside.example",
                                                                                     in: try world.store.organizations.find(slug: "lakeside"),
                                                                                     store: world.store))
            }
            #expect(throws: CredentialError.reasonRequired) { try world.credentials.takeDownEvidence(2, of: credential.id, reason: "  ", by: admin) }
            #expect(throws: CredentialError.notFound) { try world.credentials.takeDownEvidence(3, of: credential.id, reason: reason, by: admin) }
            let notices = try world.store.notifications.recent(for: educator.person.id, in: world.riverbend.id).count

            try world.credentials.takeDownEvidence(2, of: credential.id, reason: reason, by: admin)
            #expect(throws: CredentialError.evidenceTakenDown) { try world.credentials.publicEvidence(2, of: credential.id) }
            #expect(try world.credentials.publicEvidence(1, of: credential.id).requirement.id == "r1", "the other item is still shown")
            #expect(throws: CredentialError.unchanged) { try world.credentials.takeDownEvidence(2, of: credential.id, reason: reason, by: admin) }
            let page = try world.credentials.page(credential.id, viewer: admin)
            #expect(page.evidence.map(\.takedown?.reason) == [nil, reason])
            #expect(page.evidence.map(\.takedown?.by) == [nil, admin.person.id])

            let told = try world.store.notifications.recent(for: educator.person.id, in: world.riverbend.id)
            #expect(told.count == notices + 1)
            #expect(told.first?.subject == "“Lesson plan” is no longer shown with your credential")
            #expect(told.first?.text.contains(reason) == true)
            #expect(told.first?.link == "/credentials/\(credential.id.rawValue)")
        }
    }
}

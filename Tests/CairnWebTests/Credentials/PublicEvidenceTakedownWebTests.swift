import CairnApp
import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// An admin takes one public evidence item down from the credential's page: the form needs its token
/// and a reason, the item's address then answers 410 Gone, the page says so, and the educator is told.
@Suite struct PublicEvidenceTakedownWebTests {
    @Test func anAdminTakesAnItemDownWithAReasonAndItsAddressAnswersGone() throws {
        try TestApp.with { app in
            let (earned, credential) = try PublicEvidenceWebTests.earn(app, choose: true)
            let page = CredentialEndpoints.page.path(credential.id)
            let takeDown = CredentialEndpoints.takeDownEvidence.path(credential.id, 1), field = PublicEvidenceList.reasonField(1)
            let admin = try app.signedIn("admin@riverbend.example")
            let adminPage = try admin.get(page)
            #expect(adminPage.text.contains("Take “Reflection” down") && adminPage.text.contains(#"name="\#(field)""#))
            #expect(!(try earned.browser.get(page).text.contains("Take “Reflection” down")), "the holder withdraws instead")
            #expect(!(try app.client().get(page).text.contains("Take “Reflection” down")))

            #expect(try admin.post(takeDown, form: [(field, "A parent complained.")]).status == 403, "no token, no takedown")
            let missing = try admin.submit(page, to: takeDown, [(field, " ")])
            #expect(missing.status == 422 && missing.text.contains(CredentialError.reasonRequired.message))
            #expect(try app.client().get(CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.pdf)).status == 200)

            let reason = "A parent asked: her child's face is in the video."
            let done = try admin.submit(page, to: takeDown, [(field, reason)])
            #expect(done.status == 303 && done.location == page + "#evidence-1")
            let gone = try app.client().get(CredentialEndpoints.evidence.path(credential.id, 1))
            #expect(gone.status == 410 && gone.text.contains(CredentialError.evidenceTakenDown.message))
            #expect(try app.client().get(CredentialEndpoints.evidenceFile.path(credential.id, 1, earned.pdf)).status == 410)
            let publicPage = try app.client().get(page).text
            #expect(publicPage.contains("took this item down from public view") && !publicPage.contains("plan.pdf"))
            #expect(!publicPage.contains("her child"), "the reason is for the educator and the admins")
            #expect(try admin.get(page).text.contains("The reason on record: A parent asked: her child"))
            #expect(try earned.browser.get(page).text.contains("The reason on record"))
            #expect(try app.client().get(page, headers: [("Accept", "application/ld+json")]).text == credential.document,
                    "the signed credential still names it")
            let mail = try #require(try app.mails(to: PublicEvidenceWebTests.educator).first)
            #expect(mail.subject == "“Reflection” is no longer shown with your credential" && mail.text.contains("her child"))
        }
    }
}

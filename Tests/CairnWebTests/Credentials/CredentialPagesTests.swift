import CairnApp
import CairnCore
import CairnStore
@testable import CairnWeb
import Foundation
import Testing

/// A credential through the web: its public page with a live verification, its JSON by content
/// negotiation and as a download, hiding it, an admin's revocation, and the issuer's revocation list.
@Suite struct CredentialPagesTests {
    static let holder = "mei.chen@riverbend.example"

    /// A demo credential that Mei Chen earned for a microcredential (not her pathway credential).
    static func demoCredential(in app: TestApp) throws -> IssuedCredential {
        let riverbend = try app.organization("riverbend")
        let educator = try app.member(holder)
        let held = try app.store.credentials.credentials(of: educator.person.id, in: riverbend.id)
        return try #require(held.first { $0.awardID != nil && $0.status == .active && $0.validUntil.map { $0 > Date() } ?? true })
    }

    /// The credential's own `id`: its page's address on the installation's base URL.
    static func id(of credential: IssuedCredential) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(credential.document.utf8)) as? [String: Any]
        return try #require(json?["id"] as? String)
    }

    @Test func anEarnedCredentialHasAPublicPageThatVerifiesItAndItsSignedJSON() throws {
        try TestApp.with(demoEarning: true) { app in
            let credential = try Self.demoCredential(in: app)
            let path = CredentialEndpoints.page.path(credential.id)
            let page = try app.client().get(path)
            #expect(page.status == 200)
            #expect(page.text.contains(credential.name) && page.text.contains("Mei Chen"))
            #expect(page.text.contains("<meta property=\"og:title\""))
            #expect(page.text.contains("Valid. </strong>"), "the verification passed")
            #expect(page.text.contains("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"))
            #expect(page.text.contains("&lt;a href=\"http") && page.text.contains("verified credential&lt;/a&gt;"),
                    "the embed snippet is shown as text to copy")
            #expect(!page.text.contains("Change its status") && !page.text.contains("Hide this page"))

            let json = try app.client().get(path, headers: [("Accept", "application/ld+json")])
            #expect(json.status == 200 && json.header("Content-Type") == "application/vc+ld+json")
            #expect(json.text == credential.document, "served byte for byte as signed")
            let download = try app.client().get(CredentialEndpoints.download.path(credential.id))
            #expect(download.header("Content-Disposition")?.hasPrefix("attachment; filename=") == true)
            #expect(download.text == credential.document)
            let png = try app.client().get(CredentialEndpoints.badgePNG.path(credential.id))
            #expect(png.status == 200 && png.header("Content-Type") == "image/png" && png.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let svg = try app.client().get(CredentialEndpoints.badgeSVG.path(credential.id))
            #expect(svg.status == 200 && svg.text.contains("<openbadges:credential"))
            #expect(page.text.contains("<meta property=\"og:image\""))
            #expect(try app.client().get("/credentials/not-an-id").status == 404)
            #expect(try app.client().get(CredentialEndpoints.page.path(.generate())).status == 404)
        }
    }

    @Test func theHolderHidesThePageFromEveryoneButThemAndTheAdmins() throws {
        try TestApp.with(demoEarning: true) { app in
            let credential = try Self.demoCredential(in: app)
            let path = CredentialEndpoints.page.path(credential.id)
            let holder = try app.signedIn(Self.holder)
            let shown = try holder.get(path)
            #expect(shown.text.contains("Hide this page"))
            let hidden = try holder.submit(path, to: CredentialEndpoints.share.path(credential.id), [("public_page", "0")])
            #expect(hidden.status == 303)
            #expect(try app.client().get(path).status == 404)
            #expect(try app.client().get(path, headers: [("Accept", "application/json")]).status == 404)
            #expect(try app.signedIn("educator@riverbend.example").get(path).status == 404)
            #expect(try holder.get(path).status == 200)
            #expect(try app.signedIn("admin@riverbend.example").get(path).status == 200)
            let mine = try holder.get(CredentialEndpoints.mine.path())
            #expect(mine.status == 200 && mine.text.contains(credential.name) && mine.text.contains("Hidden"))
        }
    }

    @Test func anAdminRevokesWithAReasonAndEveryCheckSeesIt() throws {
        try TestApp.with(demoEarning: true) { app in
            let credential = try Self.demoCredential(in: app)
            let path = CredentialEndpoints.page.path(credential.id), action = CredentialEndpoints.status.path(credential.id)
            let admin = try app.signedIn("admin@riverbend.example")
            let refused = try admin.submit(path, to: action, [("status", "revoked"), ("reason", "")])
            #expect(refused.status == 422)
            #expect(refused.fieldError("reason")?.contains("reason") == true)
            #expect(try app.store.credentials.find(credential.id)?.status == .active, "nothing changed")

            let listBefore = try app.client().get(CredentialEndpoints.statusList.path("riverbend", 1))
            #expect(listBefore.status == 200 && listBefore.header("Cache-Control") == "public, max-age=300")
            #expect(try admin.submit(path, to: action, [("status", "revoked"), ("reason", "Awarded in error.")]).status == 303)
            let listAfter = try app.client().get(CredentialEndpoints.statusList.path("riverbend", 1))
            #expect(listAfter.text != listBefore.text)

            let page = try app.client().get(path)
            #expect(page.text.contains("Revoked. </strong>") && page.text.contains("Awarded in error."))
            #expect(page.text.contains("Not valid. </strong>"))
            let byAddress = try app.client().submit(CredentialEndpoints.verify.path(), to: CredentialEndpoints.verifySubmit.path(),
                                                    [("url", try Self.id(of: credential))])
            #expect(byAddress.status == 200 && byAddress.text.contains("the credential has been revoked"))
            let api = try app.client().send(method: "POST", target: CredentialEndpoints.verifyAPI.path(),
                                            headers: [("Content-Type", "application/json")], body: Array(credential.document.utf8))
            #expect(api.status == 200 && api.text.contains("\"verdict\":\"invalid\""))
            let told = try app.store.notifications.recent(for: credential.educatorID, in: credential.organizationID, limit: 5)
            #expect(told.contains { $0.kind == .credentialStatus })
        }
    }

    @Test func anAdminIssuesACorrectionThatReplacesTheOldCredential() throws {
        try TestApp.with(demoEarning: true) { app in
            let credential = try Self.demoCredential(in: app)
            let path = CredentialEndpoints.page.path(credential.id), action = CredentialEndpoints.correct.path(credential.id)
            let admin = try app.signedIn("admin@riverbend.example")
            let refused = try admin.submit(path, to: action, [("correction", " ")])
            #expect(refused.status == 422 && refused.fieldError("correction") != nil)
            #expect(try app.signedIn(Self.holder).submit(path, to: action, [("correction", "Mine.")]).status == 403)
            let corrected = try admin.submit(path, to: action, [("correction", "The district's name was wrong.")])
            #expect(corrected.status == 303)
            let newPath = try #require(corrected.location)
            #expect(newPath != path && newPath.hasPrefix("/credentials/"))
            #expect(try app.client().get(newPath).text.contains("This credential corrects an earlier one"))
            let old = try app.client().get(path)
            #expect(old.text.contains("Revoked. </strong>") && old.text.contains("see the credential that replaces it"))
        }
    }

    @Test func theAdminListsIssuedCredentialsAndSetsTheIssuerProfileWithFieldErrors() throws {
        try TestApp.with(demoEarning: true) { app in
            let admin = try app.signedIn("admin@riverbend.example")
            let page = try admin.get(CredentialEndpoints.issued.path())
            #expect(page.status == 200 && page.text.contains("Mei Chen") && page.text.contains("Tom Baker"))
            #expect(page.text.contains("Revoked") && page.text.contains("Suspended") && page.text.contains("Expired"))
            let path = CredentialEndpoints.issued.path()
            let bad = try admin.submit(path, [("url", "not a site"), ("email", ""), ("description", "")])
            #expect(bad.status == 422 && bad.fieldError("url") != nil && bad.inputValue("url") == "not a site")
            let badEmail = try admin.submit(path, [("url", ""), ("email", "nobody"), ("description", "")])
            #expect(badEmail.status == 422 && badEmail.fieldError("email") != nil)
            let saved = try admin.submit(path, [("url", "https://riverbend.example.org"), ("email", "credentials@riverbend.example"),
                                                ("description", "A district in the valley.")])
            #expect(saved.status == 303)
            let profile = try app.store.issuers.profile(of: try app.organization("riverbend").id)
            #expect(profile.url == "https://riverbend.example.org" && profile.email == "credentials@riverbend.example")
            #expect(try app.signedIn(Self.holder).get(path).status == 403)
        }
    }

    @Test func onlyAnAdminOfTheIssuingOrganizationChangesAStatus() throws {
        try TestApp.with(demoEarning: true) { app in
            let credential = try Self.demoCredential(in: app)
            let path = CredentialEndpoints.page.path(credential.id), action = CredentialEndpoints.status.path(credential.id)
            let educator = try app.signedIn(Self.holder)
            #expect(try educator.submit(path, to: action, [("status", "revoked"), ("reason", "Mine.")]).status == 403)
            let other = try app.signedIn("admin@lakeside.example")
            #expect(try other.submit(path, to: action, [("status", "revoked"), ("reason", "Not ours.")]).status == 404)
            #expect(try app.store.credentials.find(credential.id)?.status == .active)
        }
    }

    @Test func theVerifyPageChecksPastedTextUploadedFilesAndRefusesAnEmptyForm() throws {
        try TestApp.with(demoEarning: true) { app in
            let credential = try Self.demoCredential(in: app)
            let browser = app.client()
            let verify = CredentialEndpoints.verify.path(), submit = CredentialEndpoints.verifySubmit.path()
            let pasted = try browser.submit(verify, to: submit, [("credential", credential.document)])
            #expect(pasted.status == 200 && pasted.text.contains("Valid. </strong>") && pasted.text.contains(credential.name))
            let garbage = try browser.submit(verify, to: submit, [("credential", "{\"not\": \"a credential\"")])
            #expect(garbage.status == 200 && garbage.text.contains("Not valid. </strong>"))
            let empty = try browser.submit(verify, to: submit, [("credential", ""), ("url", "")])
            #expect(empty.status == 422 && empty.fieldError("credential") != nil)
            let elsewhere = try browser.submit(verify, to: submit, [("url", "https://elsewhere.example/credentials/1")])
            #expect(elsewhere.status == 422 && elsewhere.fieldError("url") != nil)
            let token = try #require(try browser.get(verify).csrfToken)
            let uploaded = try browser.postMultipart(submit, fields: [("_csrf", token)],
                                                     file: ("file", "credential.json", "application/json", Array(credential.document.utf8)))
            #expect(uploaded.status == 200 && uploaded.text.contains("Valid. </strong>"))
            let emptyBody = try browser.send(method: "POST", target: CredentialEndpoints.verifyAPI.path(), headers: [], body: [])
            #expect(emptyBody.status == 400)
        }
    }

    @Test func anHTTPSInstallationServesItsIssuersDIDDocument() throws {
        try TestApp.with(demoEarning: true, configure: { $0.publicURL = "https://cairn.example.org" }) { app in
            let credential = try Self.demoCredential(in: app)
            #expect(credential.document.contains("\"did:web:cairn.example.org:o:riverbend\""))
            let document = try app.client().get(CredentialEndpoints.didDocument.path("riverbend"))
            #expect(document.status == 200 && document.header("Content-Type") == "application/did+json")
            #expect(document.text.contains("\"assertionMethod\":[\"did:web:cairn.example.org:o:riverbend#z6Mk"))
            #expect(try app.client().get(CredentialEndpoints.didDocument.path("nowhere")).status == 404)
        }
    }
}

/// The download's file name.
@Suite struct CredentialFileNameTests {
    @Test func theFileNameKeepsASCIILettersAndDigitsWithDashesBetweenWords() {
        #expect(CredentialRoutes.fileName("Culturally Responsive Instruction: Building on Students' Strengths")
            == "culturally-responsive-instruction-building-on-students-strengths")
        #expect(CredentialRoutes.fileName("Évaluation 2 — Grade 3") == "valuation-2-grade-3")
        #expect(CredentialRoutes.fileName("«»") == "credential")
    }
}

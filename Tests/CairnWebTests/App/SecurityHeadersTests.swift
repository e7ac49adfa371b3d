import CairnCore
import CairnHTML
import Foundation
@testable import CairnWeb
import Testing

@Suite struct SecurityHeadersTests {
    static let policy = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; object-src 'none'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

    @Test func everyResponseForbidsFramingSniffingAndOutsideContent() throws {
        try TestApp.with { app in
            let browser = app.client()
            for path in ["/signin", "/healthz", "/nowhere", "/o/riverbend/catalog", "/assets/cairn.css"] {
                let response = try browser.get(path)
                #expect(response.header("X-Frame-Options") == "DENY", "\(path)")
                #expect(response.header("Content-Security-Policy") == Self.policy, "\(path)")
                #expect(response.header("X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.header("Referrer-Policy") == "same-origin", "\(path)")
                #expect(response.headers("Content-Security-Policy").count == 1, "\(path)")
            }
        }
    }

    @Test func theHTTPLayersOwnRefusalsCarryThemToo() throws {
        try TestApp.with { app in
            let browser = app.client()
            let tooLarge = try browser.send(method: "GET", target: "/signin", headers: [("Content-Length", "999999999999")], body: [])
            let bigHead = try browser.get("/signin", headers: [("X-Filler", String(repeating: "a", count: 40_000))])
            let smuggled = try browser.send(method: "POST", target: "/signin",
                                            headers: [("Transfer-Encoding", "chunked")], body: Array("0\r\n\r\n".utf8))
            for (response, status) in [(tooLarge, 413), (bigHead, 431), (smuggled, 400)] {
                #expect(response.status == status)
                #expect(response.header("Content-Security-Policy") == Self.policy, "\(status)")
                #expect(response.header("X-Frame-Options") == "DENY", "\(status)")
            }
        }
    }
}

/// What the policy means for a page: an image a designer links from another host is never loaded
/// in a reader's browser; the page shows a link to it instead.
@Suite struct OutsideImageTests {
    @Test func aMarkdownImageFromAnotherHostIsALinkOnThePublicPage() throws {
        try TestApp.with { app in
            var design = Design.reflection(title: "Hinge questions", criteria: [("c1", "Reflection")], maxWords: 100)
            design.research = "Read this first.\n\n![Anchor chart](https://tracker.example/pixel.png)"
            let organization = try app.organization("riverbend")
            let designer = try app.member("designer@riverbend.example")
            let version = try app.store.microcredentials.create(
                Microcredential(organizationID: organization.id, slug: "hinge", createdAt: Date(), createdBy: designer.person.id),
                design: design)
            try app.store.microcredentials.transition(version.id, to: .published, at: Date(), in: organization.id)
            let page = try app.client().get("/o/riverbend/microcredentials/hinge")
            #expect(page.status == 200)
            #expect(page.header("Content-Security-Policy")?.contains("img-src 'self' data:") == true)
            #expect(page.text.contains(#"<a href="https://tracker.example/pixel.png">Anchor chart</a>"#))
            #expect(!page.text.contains("<img src=\"https://tracker.example"))
        }
    }
}

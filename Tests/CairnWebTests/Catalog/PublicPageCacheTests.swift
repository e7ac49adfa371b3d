import CairnCore
@testable import CairnWeb
import Foundation
import Testing

/// Public pages are rendered once per change of the catalog and revalidated with an ETag; what a
/// signed-in member sees is never served from, nor put into, that cache.
@Suite struct PublicPageCacheTests {
    static let catalog = "/o/riverbend/catalog"

    @Test func aVisitorRevalidatesThePublicPagesAndGetsNotModified() throws {
        try TestApp.with { app in
            for path in [Self.catalog, Self.catalog + "?q=feedback", "/o/riverbend/microcredentials/formative-assessment",
                         "/o/riverbend/microcredentials/formative-assessment/versions/1/achievement.json"] {
                let first = try app.client().get(path)
                #expect(first.status == 200)
                let etag = try #require(first.header("ETag"), "\(path) carries an ETag")
                #expect(first.header("Cache-Control") == "private, no-cache")
                let again = try app.client().get(path, headers: [("If-None-Match", etag)])
                #expect(again.status == 304, "\(path) is not sent again")
                #expect(again.text.isEmpty)
                #expect(try app.client().get(path, headers: [("If-None-Match", "W/\"another\"")]).text == first.text)
            }
        }
    }

    @Test func publishingRetiringOrRenamingChangesThePages() throws {
        try TestApp.with { app in
            let before = try app.client().get(Self.catalog)
            let etag = try #require(before.header("ETag"))
            #expect(!before.text.contains("Reading Conferences"))
            try app.publishTextOnly("reading-conferences", title: "Reading Conferences")
            let published = try app.client().get(Self.catalog, headers: [("If-None-Match", etag)])
            #expect(published.status == 200 && published.text.contains("Reading Conferences"))
            let newTag = try #require(published.header("ETag"))
            #expect(newTag != etag)

            let riverbend = try app.organization("riverbend")
            let microcredential = try #require(try app.store.microcredentials.fetch(slug: "reading-conferences", in: riverbend.id))
            let version = try #require(try app.store.microcredentials.latestPublished(of: microcredential.id, in: riverbend.id))
            try app.store.microcredentials.transition(version.id, to: .retired, at: Date().addingTimeInterval(1), in: riverbend.id)
            let retired = try app.client().get(Self.catalog)
            #expect(!retired.text.contains("Reading Conferences"), "a retired microcredential leaves the catalog at once")

            try app.store.organizations.rename(riverbend.id, to: "Riverbend \"United\" Schools")
            let renamed = try app.client().get(Self.catalog)
            #expect(renamed.text.contains("Riverbend &quot;United&quot; Schools") || renamed.text.contains("Riverbend \"United\" Schools"))
            #expect(renamed.header("ETag") != retired.header("ETag"))
        }
    }

    @Test func aSignedInMemberGetsTheirOwnPageNeverTheCachedOne() throws {
        try TestApp.with { app in
            let anonymous = try app.client().get("/o/riverbend/microcredentials/formative-assessment")
            #expect(anonymous.text.contains("Sign in"))
            let educator = try app.signedIn("educator@riverbend.example")
            let page = try educator.get("/o/riverbend/microcredentials/formative-assessment")
            #expect(page.header("ETag") == nil)
            #expect(page.text.contains("Sign out"), "the member's own header")
            #expect(!page.text.contains(">Sign in<"))
            let afterwards = try app.client().get("/o/riverbend/microcredentials/formative-assessment")
            #expect(!afterwards.text.contains("Sign out"), "nothing of the member's page reaches visitors")
            #expect(app.app.publicPages.count >= 1)
        }
    }
}

import CairnHTML
import Testing
import Foundation
@testable import CairnWeb

@Suite struct LayoutTests {
    func page(_ context: PageContext, title: String = "Members") -> String {
        Layout(title: title, context: context) { p { "Content" } }.render()
    }

    @Test func startsWithTheSkipLinkAndHasOneMainAndOneH1() {
        let html = page(Fixtures.context())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains(##"<body><a class="skip-link" href="#main">Skip to main content</a>"##))
        #expect(html.occurrences(of: "<main ") == 1)
        #expect(html.contains(#"<main id="main""#))
        #expect(html.occurrences(of: "<h1") == 1)
        #expect(html.contains("<h1>Members</h1>"))
    }

    @Test func headerNamesTheOrganizationAndThePersonSignedIn() {
        let html = page(Fixtures.context())
        #expect(html.contains(#"<p class="site-header__organization">Riverbend Unified School District</p>"#))
        #expect(html.contains("Ana Lopez"))
        #expect(html.contains("<title>Members · Riverbend Unified School District · Cairn</title>"))
    }

    @Test func signOutIsAPostFormCarryingTheCSRFToken() {
        let html = page(Fixtures.context())
        #expect(html.contains(#"<form method="post" action="/signout" novalidate class="inline-form"><input type="hidden" name="_csrf" value="csrf-token-123"><button type="submit" class="button button--quiet">Sign out</button></form>"#))
    }

    @Test func navigationIsLabelled() {
        #expect(page(Fixtures.context()).contains(#"<nav class="site-nav" aria-label="Main">"#))
        #expect(page(Fixtures.guest).contains(#"<nav class="site-nav" aria-label="Main">"#))
    }

    @Test func navigationShowsAdminItemsOnlyToAdmins() {
        let admin = page(Fixtures.context(roles: [.admin]))
        let educator = page(Fixtures.context(roles: [.educator, .assessor, .coach, .designer]))
        #expect(admin.contains(#"href="/admin/members""#))
        #expect(admin.contains(#"href="/admin/schools""#))
        #expect(!educator.contains("/admin/"))
        #expect(educator.contains(#"href="/dashboard""#))
    }

    @Test func outboxLinkAppearsOnlyToAnOperatorInDevelopment() {
        #expect(page(Fixtures.context(roles: [.educator], development: true, isOperator: true)).contains(#"href="/operator/outbox""#))
        #expect(!page(Fixtures.context(roles: [.admin], development: true)).contains("/outbox"), "an admin is not an operator")
        #expect(!page(Fixtures.context(roles: [.admin], development: false, isOperator: true)).contains("/outbox"))
    }

    @Test func guestsSeeSignInAndNoSignOut() {
        let html = page(Fixtures.guest)
        #expect(html.contains(#"<a href="/signin" aria-current="page">Sign in</a>"#))
        #expect(!html.contains("/signout"))
        #expect(!html.contains("/dashboard\">Dashboard"))
    }

    @Test func currentPageIsMarkedInTheNavigation() {
        let html = page(Fixtures.context(roles: [.admin], path: "/admin/members/m-1"))
        #expect(html.contains(#"<a href="/admin/members" aria-current="page">Members</a>"#))
        #expect(html.contains(#"<a href="/dashboard">Dashboard</a>"#))
        #expect(html.occurrences(of: "aria-current") == 1)
    }

    @Test func flashMessagesUseStatusForSuccessAndAlertForErrors() {
        let html = page(Fixtures.context(flash: [Flash(.success, "Invitation sent to maya@riverbend.example."),
                                                 Flash(.error, "That link has expired.")]))
        #expect(html.contains(#"<div class="flash flash--success" role="status"><p>Invitation sent to maya@riverbend.example.</p></div>"#))
        #expect(html.contains(#"<div class="flash flash--error" role="alert"><p>That link has expired.</p></div>"#))
    }

    @Test func titleAndOrganizationNameAreEscaped() {
        var context = Fixtures.context()
        context.organizationName = "Oak & <Pine>"
        let html = page(context, title: "<script>x</script>")
        #expect(html.contains("<title>&lt;script&gt;x&lt;/script&gt; · Oak &amp; &lt;Pine&gt; · Cairn</title>"))
        #expect(html.contains("<h1>&lt;script&gt;x&lt;/script&gt;</h1>"))
        #expect(!html.contains("<script>"))
    }

    @Test func stylesheetShipsWithTheModule() throws {
        let directory = try #require(WebAssets.directory)
        let css = try String(contentsOfFile: directory + "/cairn.css", encoding: .utf8)
        #expect(css.contains(":focus-visible"))
        #expect(css.contains("prefers-reduced-motion"))
        #expect(css.contains("@media print"))
        #expect(!css.contains("@import"))
    }
}

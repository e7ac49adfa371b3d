import Testing
@testable import CairnHTML

@Suite struct SafeURLTests {
    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "java\tscript:alert(1)",
        "\u{01}javascript:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "",
    ])
    func refusesDangerousSchemes(_ url: String) {
        #expect(SafeURL(url) == nil)
        #expect(SafeURL(userLink: url) == nil)
    }

    @Test(arguments: ["/admin/members", "#main", "?page=2", "https://example.org/a?b=c", "mailto:ana@riverbend.example"])
    func acceptsCairnLinksAndWebURLs(_ url: String) {
        #expect(SafeURL(url)?.value == url)
    }

    @Test(arguments: ["/admin", "mailto:ana@riverbend.example", "https:", "example.org", "ftp://example.org"])
    func userLinksMustBeAbsoluteHTTP(_ url: String) {
        #expect(SafeURL(userLink: url) == nil)
    }

    @Test func userLinksAcceptHTTPAndHTTPS() {
        #expect(SafeURL(userLink: "https://riverbend.example/plan")?.value == "https://riverbend.example/plan")
        #expect(SafeURL(userLink: " HTTP://riverbend.example ")?.value == "HTTP://riverbend.example")
    }

    @Test func aJavascriptHrefIsLeftOutOfTheLink() {
        #expect(a(.href("javascript:alert(1)")) { "Open" }.render() == "<a>Open</a>")
        #expect(a(.href("/dashboard")) { "Open" }.render() == #"<a href="/dashboard">Open</a>"#)
    }

    @Test func aFormActionWithAnUnsafeSchemeIsLeftOut() {
        #expect(form(.method(.post), .action("javascript:void(0)")) {}.render() == #"<form method="post"></form>"#)
    }

    @Test func hrefValuesAreStillEscaped() {
        #expect(a(.href("/search?q=a&b=\"c\"")) { "x" }.render() == #"<a href="/search?q=a&amp;b=&quot;c&quot;">x</a>"#)
    }
}

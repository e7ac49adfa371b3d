@testable import CairnWeb
import Testing

@Suite struct SecurityHeadersTests {
    @Test func everyResponseForbidsFramingAndSniffingAndKeepsTokensOutOfReferers() throws {
        try TestApp.with { app in
            let browser = app.client()
            for path in ["/signin", "/healthz", "/nowhere", "/o/riverbend/catalog", "/assets/cairn.css"] {
                let response = try browser.get(path)
                #expect(response.header("X-Frame-Options") == "DENY", "\(path)")
                #expect(response.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(response.header("X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.header("Referrer-Policy") == "same-origin", "\(path)")
            }
        }
    }
}

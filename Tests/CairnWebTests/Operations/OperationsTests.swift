@testable import CairnWeb
import Foundation
import Testing

/// What operators and browsers fetch around the pages: health, metrics, assets, error pages, limits.
@Suite struct OperationsTests {
    @Test(arguments: TestEngine.available)
    func healthCheckAnswersOkWithoutCookies(_ engine: TestEngine) throws {
        try TestApp.with(engine) { app in
            let response = try app.client().get("/healthz")
            #expect(response.status == 200)
            #expect(response.text == "ok\n")
            #expect(response.header("Cache-Control") == "no-store")
            #expect(response.headers("Set-Cookie").isEmpty)
        }
    }

    @Test func metricsCountRequestsByRouteAndShowTheDatabasePool() throws {
        try TestApp.with { app in
            let browser = try app.signedIn("admin@riverbend.example")
            let memberID = try app.member("educator@riverbend.example").id.rawValue
            #expect(try browser.get("/dashboard").status == 200)
            #expect(try browser.get("/admin/members/\(memberID)").status == 200)
            // Metrics are recorded once a response is sent, so look until they show up.
            var metrics = ""
            for _ in 0..<50 {
                metrics = try app.client().get("/metrics").text
                if metrics.contains(#"route="/admin/members/:id""#) && metrics.contains(#"route="/dashboard""#) { break }
                Thread.sleep(forTimeInterval: 0.05)
            }
            #expect(metrics.contains("# TYPE cairn_http_requests_total counter"))
            #expect(metrics.contains(#"cairn_http_requests_total{route="/dashboard",method="GET",status="200"} 1"#))
            #expect(metrics.contains(#"cairn_http_requests_total{route="/admin/members/:id",method="GET",status="200"} 1"#),
                    "labelled by pattern, not by id")
            #expect(!metrics.contains(memberID))
            #expect(metrics.contains(#"cairn_http_request_duration_seconds_bucket{route="/dashboard",le="+Inf"} 1"#))
            for gauge in ["cairn_db_connections_open", "cairn_db_connections_in_use", "cairn_db_waiting", "cairn_db_statements"] {
                #expect(metrics.contains("# TYPE \(gauge) gauge\n\(gauge) "), "\(gauge)")
            }
            // The pages above ran statements: the count is a positive whole number.
            let statements = metrics.split(separator: "\n").first { $0.hasPrefix("cairn_db_statements ") }
            #expect((statements.flatMap { Double($0.split(separator: " ")[1]) } ?? 0) > 0)
        }
    }

    @Test func everyPageLinksTheCairnMarkAsItsIconAndFaviconIcoLeadsThere() throws {
        try TestApp.with { app in
            let browser = app.client()
            let page = try browser.get("/signin").text
            let link = try #require(page.range(of: #"<link rel="icon" href="/assets/favicon.svg?v="#), "the sign-in page links its icon")
            let headEnd = try #require(page.range(of: "</head>"))
            #expect(link.lowerBound < headEnd.lowerBound)
            let redirect = try browser.get("/favicon.ico")
            #expect(redirect.status == 301)
            let location = try #require(redirect.location)
            #expect(location.hasPrefix("/assets/favicon.svg?v="))
            let icon = try browser.get(location)
            #expect(icon.status == 200)
            #expect(icon.header("Content-Type")?.hasPrefix("image/svg+xml") == true)
            #expect(icon.text.contains("<ellipse"))
        }
    }

    @Test func theStylesheetIsServedWithALongCacheAndAnETag() throws {
        try TestApp.with { app in
            let browser = app.client()
            let response = try browser.get("/assets/cairn.css")
            #expect(response.status == 200)
            #expect(response.header("Content-Type")?.hasPrefix("text/css") == true)
            #expect(response.header("Cache-Control") == "public, max-age=31536000, immutable")
            let etag = try #require(response.header("ETag"))
            #expect(response.text.contains("{"))
            #expect(response.headers("Set-Cookie").isEmpty)
            let again = try browser.get("/assets/cairn.css", headers: [("If-None-Match", etag)])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(try browser.get("/assets/..%2F..%2FPackage.swift").status == 404)
            #expect(try browser.get("/assets/missing.css").status == 404)
        }
    }

    @Test func aBodyAboveTheLimitIsRefusedWith413() throws {
        try TestApp.with(configure: { $0.maxBodyBytes = 4096 }) { app in
            let browser = app.client()
            let token = try #require(try browser.get("/signin").csrfToken)
            let small = try browser.post("/signin", form: [("email", "admin@riverbend.example"), ("password", "x"),
                                                           ("_csrf", token)])
            #expect(small.status == 422, "under the limit, the form is read")
            let large = try browser.post("/signin", form: [("email", "admin@riverbend.example"),
                                                           ("password", String(repeating: "x", count: 20_000)),
                                                           ("_csrf", token)])
            #expect(large.status == 413)
            #expect(try browser.get("/healthz").status == 200, "the server lives on")
        }
    }

    @Test func anUnknownPathShowsA404PageNamingTheRequestId() throws {
        try TestApp.with { app in
            let response = try app.client().get("/no/such/page")
            #expect(response.status == 404)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            let requestID = try #require(response.header("X-Request-Id"))
            #expect(!requestID.isEmpty)
            #expect(response.text.contains("<code>\(requestID)</code>"))
            #expect(response.text.contains("We can't find that page"))
            #expect(response.text.contains(#"<main id="main""#))
            let other = try app.client().get("/no/such/page")
            #expect(other.header("X-Request-Id") != requestID, "every request has its own id")
        }
    }

    @Test func aWrongMethodIsRefusedWith405AndAllow() throws {
        try TestApp.with { app in
            let browser = app.client()
            let token = try #require(try browser.get("/signin").csrfToken)
            let response = try browser.post("/healthz", form: [("_csrf", token)])
            #expect(response.status == 405)
            #expect(response.header("Allow")?.contains("GET") == true)
        }
    }
}

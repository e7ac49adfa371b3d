@testable import CairnHTTP
import Testing

@Suite struct ProxyHeadersTests {
    @Test(arguments: [
        (nil, "10.0.0.5"),
        ("", "10.0.0.5"),
        ("203.0.113.7", "203.0.113.7"),
        ("198.51.100.1, 203.0.113.7", "203.0.113.7"),
        ("spoofed, 2001:db8::1", "2001:db8::1"),
        ("203.0.113.7, not-an-address", "10.0.0.5"),
        ("203.0.113.7, <script>", "10.0.0.5"),
    ] as [(String?, String)])
    func theClientIsTheLastAddressTheProxyAdded(_ header: String?, _ expected: String) {
        #expect(ProxyHeaders.clientAddress(peer: "10.0.0.5", forwardedFor: header) == expected)
    }
}

@Suite struct TrustedProxyServerTests {
    static func echo() -> Router {
        var router = Router()
        router.get("/who") { request in .text("\(request.remoteAddress) \(request.isSecure)") }
        return router
    }

    @Test func aTrustedProxyNamesTheClientAndTheScheme() throws {
        let server = try TestServer(Self.echo()) { $0.trustProxy = true }
        let response = try fetch(server.port, "GET", "/who", headers: [("X-Forwarded-For", "198.51.100.9, 203.0.113.7"),
                                                                 ("X-Forwarded-Proto", "https")])
        #expect(response.text == "203.0.113.7 true")
    }

    @Test func withoutTrustTheHeadersAreIgnored() throws {
        let server = try TestServer(Self.echo())
        let response = try fetch(server.port, "GET", "/who", headers: [("X-Forwarded-For", "203.0.113.7"), ("X-Forwarded-Proto", "https")])
        #expect(response.text == "127.0.0.1 false")
    }
}

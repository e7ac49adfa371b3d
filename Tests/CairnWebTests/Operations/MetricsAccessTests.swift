@testable import CairnWeb
import Testing

@Suite struct MetricsAccessTests {
    @Test(arguments: ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
    func theMachineItselfMayAlwaysRead(_ address: String) {
        #expect(MetricsAccess.allows(peer: address, authorization: nil, token: "", forwarded: false))
    }

    @Test func anotherHostNeedsTheExactToken() {
        let token = "s3cret-metrics-token-0123"
        #expect(!MetricsAccess.allows(peer: "10.1.2.3", authorization: nil, token: token, forwarded: false))
        #expect(!MetricsAccess.allows(peer: "10.1.2.3", authorization: "Bearer wrong-token-0000000000", token: token, forwarded: false))
        #expect(!MetricsAccess.allows(peer: "10.1.2.3", authorization: token, token: token, forwarded: false))
        #expect(MetricsAccess.allows(peer: "10.1.2.3", authorization: "Bearer \(token)", token: token, forwarded: false))
    }

    @Test func withoutAConfiguredTokenOtherHostsAreRefused() {
        #expect(!MetricsAccess.allows(peer: "192.0.2.7", authorization: "Bearer ", token: "", forwarded: false))
    }
}

@Suite struct MetricsBehindAProxyTests {
    @Test func aVisitorForwardedByAProxyOnTheSameMachineNeedsTheToken() {
        #expect(!MetricsAccess.allows(peer: "127.0.0.1", authorization: nil, token: "", forwarded: true))
        #expect(MetricsAccess.allows(peer: "127.0.0.1", authorization: "Bearer token-of-sixteen-chars", token: "token-of-sixteen-chars",
                                     forwarded: true))
    }
}

/// `/metrics` over real HTTP from loopback: any forwarding header, even empty, closes it.
@Suite struct MetricsForwardingHeaderTests {
    @Test(arguments: ["X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host", "Via"], ["", "127.0.0.1"])
    func aForwardingHeaderHidesMetricsFromLoopback(_ header: String, _ value: String) throws {
        try TestApp.with { app in
            let direct = try app.client().get("/metrics")
            let forwarded = try app.client().get("/metrics", headers: [(header, value)])
            #expect(direct.status == 200, "loopback with no forwarding header")
            #expect(forwarded.status == 404, "\(header): '\(value)'")
        }
    }

    @Test func behindATrustedProxyAForwardedLoopbackAddressOpensNothing() throws {
        try TestApp.with(configure: { $0.trustProxy = true }) { app in
            let forwarded = try app.client().get("/metrics", headers: [("X-Forwarded-For", "127.0.0.1")])
            #expect(forwarded.status == 404)
        }
    }
}

@testable import CairnWeb
import Testing

@Suite struct MetricsAccessTests {
    @Test(arguments: ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
    func theMachineItselfMayAlwaysRead(_ address: String) {
        #expect(MetricsAccess.allows(address: address, authorization: nil, token: ""))
    }

    @Test func anotherHostNeedsTheExactToken() {
        let token = "s3cret-metrics-token-0123"
        #expect(!MetricsAccess.allows(address: "10.1.2.3", authorization: nil, token: token))
        #expect(!MetricsAccess.allows(address: "10.1.2.3", authorization: "Bearer wrong-token-0000000000", token: token))
        #expect(!MetricsAccess.allows(address: "10.1.2.3", authorization: token, token: token))
        #expect(MetricsAccess.allows(address: "10.1.2.3", authorization: "Bearer \(token)", token: token))
    }

    @Test func withoutAConfiguredTokenOtherHostsAreRefused() {
        #expect(!MetricsAccess.allows(address: "192.0.2.7", authorization: "Bearer ", token: ""))
    }
}

@Suite struct MetricsBehindAProxyTests {
    @Test func aVisitorForwardedByAProxyOnTheSameMachineNeedsTheToken() {
        #expect(!MetricsAccess.allows(address: "127.0.0.1", authorization: nil, token: "", forwarded: true))
        #expect(MetricsAccess.allows(address: "127.0.0.1", authorization: "Bearer token-of-sixteen-chars", token: "token-of-sixteen-chars",
                                     forwarded: true))
    }
}

import CairnCore
import Foundation
import Testing
@testable import CairnStore

@Suite struct InstallationSecretRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func aSecretIsMadeOnceAndThenAlwaysTheSame(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let first = try store.secrets.value(named: "visitor-csrf-key", orCreate: { "first" }, at: .fixture)
            let second = try store.secrets.value(named: "visitor-csrf-key", orCreate: {
                Issue.record("an existing secret is never made again")
                return "second"
            }, at: .fixture)
            #expect(first == "first" && second == "first")
            #expect(try store.secrets.value(named: "another", orCreate: { "other" }, at: .fixture) == "other")
        }
    }
}

@Test func hmacSHA256MatchesAnIndependentImplementation() {
    // Python's hmac module: hmac.new(b"\x0b" * 32, b"Hi There", hashlib.sha256).hexdigest()
    let mac = Crypto.hmacSHA256(Array("Hi There".utf8), key: [UInt8](repeating: 0x0b, count: 32))
    #expect(Crypto.hex(mac) == "198a607eb44bfbc69903a0f1cf2bbdc5ba0aa3f3d9ae3c1c7a3b1696a0b68cf7")
}

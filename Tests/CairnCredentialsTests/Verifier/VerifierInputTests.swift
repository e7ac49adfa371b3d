import Foundation
import Testing
@testable import CairnCredentials

/// The verifier's first check: JSON, a compact JWT, a baked PNG or SVG are told apart and read; anything
/// else, or a broken image, fails at the input with a clear reason, never a crash.
@Suite struct VerifierInputTests {
    static let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>"#.utf8)

    static func verify(_ bytes: [UInt8]) -> VerificationReport {
        CredentialVerifier().verify(bytes, at: VerifierFixtures.now)
    }

    /// The credential as a VC-JOSE-COSE JWT (the payload is the credential), EdDSA with the issuer's did:key.
    static func jwt(_ claims: [String: JSON] = [:]) throws -> String {
        var payload = VerifierFixtures.unsigned.objectValue!
        for (name, value) in claims { payload[name] = value }
        return CompactJWS.sign(payload: .object(payload), header: ["kid": .string(VerifierFixtures.method), "typ": "vc+jwt"],
                               with: VerifierFixtures.key)
    }

    @Test func aCredentialBakedIntoAPNGIsReadAndValid() throws {
        let json = try VerifierFixtures.signed().serialized
        let report = Self.verify(try PNGBaking.bake(.json(json), into: PNGBakingTests.pixel))
        #expect(report.format == "PNG with a baked JSON credential")
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
    }

    @Test func aCredentialBakedIntoAnSVGIsReadAndValid() throws {
        let json = try VerifierFixtures.signed().serialized
        let report = Self.verify(try SVGBaking.bake(.json(json), into: Self.svg))
        #expect(report.format == "SVG with a baked JSON credential")
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
    }

    @Test func aJWTIsReadAndItsSignatureIsTheProof() throws {
        let report = Self.verify(Array(try Self.jwt().utf8))
        #expect(report.format == "VC-JWT")
        #expect(report.verdict == .valid, "\(report.checks.map(\.reason))")
        #expect(report[.proof]?.reason == "JWT EdDSA proof valid, signed with \(VerifierFixtures.method)")
        #expect(report[.issuerKey]?.status == .passed)
    }

    @Test func aJWTBakedIntoAPNGIsRead() throws {
        let report = Self.verify(try PNGBaking.bake(.jwt(try Self.jwt()), into: PNGBakingTests.pixel))
        #expect(report.format == "PNG with a baked VC-JWT")
        #expect(report.verdict == .valid)
    }

    @Test func anExpiredJWTFailsAtTheValidityPeriod() throws {
        let report = Self.verify(Array(try Self.jwt(["exp": 1_775_000_000]).utf8))
        #expect(report.firstFailure?.check == .validityPeriod)
        #expect(report.firstFailure?.reason.contains("the credential expired at 2026-03-31T23:33:20Z") == true)
    }

    @Test func aJWTWithAChangedPayloadFailsAtTheProof() throws {
        let parts = try Self.jwt().split(separator: ".")
        var payload = VerifierFixtures.unsigned.objectValue!
        payload["name"] = "Mastery"
        let token = [String(parts[0]), Base64URL.encode(Array(JSON.object(payload).serialized.utf8)), String(parts[2])].joined(separator: ".")
        let report = Self.verify(Array(token.utf8))
        #expect(report.firstFailure?.check == .proof)
    }

    @Test func aJWTWithAlgNoneFailsAtTheProof() throws {
        let header = Base64URL.encode(Array(#"{"alg":"none"}"#.utf8))
        let payload = Base64URL.encode(Array(VerifierFixtures.unsigned.serialized.utf8))
        let report = Self.verify(Array("\(header).\(payload).AAAA".utf8))
        #expect(report.verdict == .invalid)
        #expect(report.firstFailure?.check == .proof)
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        let id: String
        let bytes: @Sendable () throws -> [UInt8]
        let reason: String
        var testDescription: String { id }
    }

    static let badInputs: [BadInput] = [
        BadInput(id: "plain text", bytes: { Array("hello, teacher".utf8) }, reason: "the input is neither JSON, a compact JWT"),
        BadInput(id: "empty", bytes: { [] }, reason: "the input is empty"),
        BadInput(id: "truncated JSON", bytes: { Array(#"{"@context": ["#.utf8) }, reason: "the input is not valid JSON"),
        BadInput(id: "a JSON array", bytes: { Array("[1, 2]".utf8) }, reason: "the JSON is not an object, so it is no credential"),
        BadInput(id: "deeply nested JSON", bytes: { Array(String(repeating: "[", count: 100_000).utf8) }, reason: "the input is not valid JSON"),
        BadInput(id: "a truncated PNG", bytes: { Array(PNGBakingTests.pixel.prefix(30)) }, reason: "the PNG image holds no credential Cairn can read"),
        BadInput(id: "a PNG without a credential", bytes: { PNGBakingTests.pixel }, reason: "the PNG image holds no credential Cairn can read"),
        BadInput(id: "an SVG without a credential", bytes: { svg }, reason: "the SVG image holds no credential Cairn can read"),
        BadInput(id: "a 50 MB file", bytes: { Array(repeating: UInt8(ascii: " "), count: 50 << 20) }, reason: "over the 16777216 Cairn reads"),
        BadInput(id: "three dotted parts that are no JWT", bytes: { Array("abc.def.ghi".utf8) }, reason: "the JWT cannot be read"),
        BadInput(id: "a JWT without a credential", bytes: {
            Array(CompactJWS.sign(payload: ["sub": "x"], header: [:], with: VerifierFixtures.key).utf8)
        }, reason: "the JWT carries no credential"),
    ]

    @Test(arguments: badInputs)
    func badInputFailsAtTheInputWithAReason(_ input: BadInput) throws {
        let report = Self.verify(try input.bytes())
        #expect(report.verdict == .invalid)
        #expect(report.checks.count == 1)
        #expect(report.firstFailure?.check == .input)
        #expect(report.firstFailure?.reason.contains(input.reason) == true, "\(report.firstFailure?.reason ?? "")")
    }
}

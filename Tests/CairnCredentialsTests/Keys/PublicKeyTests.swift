import Testing
@testable import CairnCredentials

@Suite struct PublicKeyTests {
    /// The JWS Signing Input of RFC 7515 Appendix A.2 and A.3 ({"alg":…} and the "joe" claims).
    static func rfc7515Input(header: String) -> [UInt8] {
        (header + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ").bytes
    }

    // RFC 7515 Appendix A.3: ES256 (ECDSA P-256 SHA-256), signature as R ‖ S.
    static let es256JWK: JSON = ["kty": "EC", "crv": "P-256",
                                 "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                                 "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"]
    static let es256Signature = Base64URL.decode(
        "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q")!

    // RFC 7515 Appendix A.2: RS256 (RSASSA-PKCS1-v1_5 SHA-256), a 2,048-bit key.
    static let rs256JWK: JSON = ["kty": "RSA", "e": "AQAB", "n": .string(
        "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMs"
        + "D1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdV"
        + "MTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ")]
    static let rs256Signature = Base64URL.decode(
        "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4"
        + "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv"
        + "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw")!

    // RFC 6979 Appendix A.2.5 and A.2.6: deterministic ECDSA of "sample" with SHA-256 on P-256 and
    // SHA-384 on P-384 (public keys Ux, Uy; signatures r ‖ s).
    static let p256Point = Hex.decode("04" + "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6"
                                      + "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299")!
    static let p256Signature = Hex.decode("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716"
                                          + "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8")!
    static let p384Point = Hex.decode("04" + "EC3A4E415B4E19A4568618029F427FA5DA9A8BC4AE92E02E06AAE5286B300C64DEF8F0EA9055866064A254515480BC13"
                                      + "8015D9B72D7D57244EA8EF9AC0C621896708A59367F9DFB9F54CA84B3F1C9DB1288B231C3AE0D4FE7344FD2533264720")!
    static let p384Signature = Hex.decode("94EDBB92A5ECB8AAD4736E56C691916B3F88140666CE9FA73D64C4EA95AD133C81A648152E44ACF96E36DD1E80FABE46"
                                          + "99EF4AEB15F178CEA1FE40DB2603138F130E740A19624526203B6351D0A3A94FA329C145786E679E7B82C71A38628AC8")!

    @Test func theRFC7515ES256ExampleVerifies() throws {
        let key = try PublicKey(jwk: Self.es256JWK)
        let input = Self.rfc7515Input(header: "eyJhbGciOiJFUzI1NiJ9")
        #expect(key.kind == .p256 && key.kind.jwsAlgorithm == "ES256")
        #expect(key.verify(Self.es256Signature, for: input))
        #expect(!key.verify(Self.es256Signature.flipping(bitAt: 40), for: input))
        #expect(!key.verify(Self.es256Signature, for: input.flipping(bitAt: 3)))
        #expect(!key.verify(Array(Self.es256Signature.dropFirst()), for: input))
    }

    @Test func theRFC7515RS256ExampleVerifies() throws {
        let key = try PublicKey(jwk: Self.rs256JWK)
        let input = Self.rfc7515Input(header: "eyJhbGciOiJSUzI1NiJ9")
        #expect(key.kind == .rsa && key.description == "RSA-2048 public key")
        #expect(key.verify(Self.rs256Signature, for: input))
        #expect(!key.verify(Self.rs256Signature.flipping(bitAt: 100), for: input))
        #expect(!key.verify(Self.rs256Signature, for: input.flipping(bitAt: 3)))
    }

    @Test func theRFC6979SampleSignaturesVerifyOnP256AndP384() throws {
        let p256 = try PublicKey.ec(.p256, point: Self.p256Point)
        let p384 = try PublicKey.ec(.p384, point: Self.p384Point)
        #expect(p256.verify(Self.p256Signature, for: "sample".bytes))
        #expect(p384.verify(Self.p384Signature, for: "sample".bytes))
        #expect(!p384.verify(Self.p384Signature, for: "test".bytes))
        #expect(!p384.verify(Self.p384Signature.flipping(bitAt: 95), for: "sample".bytes))
        // A P-256 signature is not a P-384 one, whatever the message.
        #expect(!p384.verify(Self.p256Signature, for: "sample".bytes))
    }

    @Test func aCompressedPointIsTheSameKey() throws {
        let full = try PublicKey.ec(.p384, point: Self.p384Point)
        let compressed = try PublicKey.ec(.p384, point: full.bytes)
        #expect(full.bytes.count == 49 && full.bytes[0] == 0x02)   // Uy is even
        #expect(compressed == full)
        #expect(compressed.verify(Self.p384Signature, for: "sample".bytes))
        #expect(compressed.jwk["y"]!.stringValue! == Base64URL.encode(Self.p384Point.suffix(48)))
    }

    @Test func aPointOffTheCurveIsRefused() {
        #expect(throws: KeyError.notOnCurve(.p256)) {
            try PublicKey.ec(.p256, point: Self.p256Point.flipping(bitAt: 64))
        }
        #expect(throws: KeyError.notOnCurve(.p384)) { try PublicKey.ec(.p384, point: [0x05] + Self.p384Point.dropFirst()) }
        #expect(throws: KeyError.wrongLength(.p256, expected: 65, actual: 64)) {
            try PublicKey.ec(.p256, point: Array(Self.p256Point.dropLast()))
        }
    }

    @Test func anRSAKeyUnder2048BitsIsRefused() throws {
        let n = Base64URL.decode(Self.rs256JWK["n"]!.stringValue!)!
        #expect(throws: KeyError.weakRSAKey(bits: 1024)) {
            try PublicKey.rsa(modulus: Array(n.prefix(128)), exponent: [1, 0, 1])
        }
    }
}

import CairnStore

/// Proof Key for Code Exchange (RFC 7636) with the S256 method, the only one Cairn accepts.
enum PKCE {
    /// BASE64URL-ENCODE(SHA256(ASCII(verifier))): the challenge a verifier answers.
    static func challenge(for verifier: String) -> String { Crypto.base64URL(Crypto.sha256(Array(verifier.utf8))) }

    /// Whether `verifier` is well formed (43 to 128 unreserved characters, §4.1) and answers `challenge`.
    static func verifies(_ verifier: String, challenge: String) -> Bool {
        let bytes = verifier.utf8
        guard (43...128).contains(bytes.count), bytes.allSatisfy({ isBase64URL($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "~") })
        else { return false }
        return Crypto.constantTimeEquals(Self.challenge(for: verifier), challenge)
    }

    /// Letters, digits, `-` and `_`.
    static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}

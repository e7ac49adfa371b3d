/// Multikey encoding (W3C Controlled Identifiers §2.2.2): a multicodec varint naming the key type,
/// then the key bytes, all in multibase (base58btc `z…` by convention).
///
/// Public keys: Ed25519 (`0xed`, "z6Mk…"), P-256 (`0x1200`, compressed, "zDn…") and P-384
/// (`0x1201`, compressed, "z82…"); private keys: the Ed25519 seed (`0x1300`, "z3u2…").
public enum Multikey {
    /// Multicodec codes of the keys Cairn reads.
    enum Code: UInt64 {
        case ed25519Public = 0xED
        case p256Public = 0x1200
        case p384Public = 0x1201
        case ed25519Private = 0x1300
    }

    /// The public key a `publicKeyMultibase` value holds.
    public static func publicKey(_ multibase: String) throws(KeyError) -> PublicKey {
        let (code, key) = try decode(multibase)
        switch code {
        case .ed25519Public: return try PublicKey.ed25519(key)
        case .p256Public: return try PublicKey.ec(.p256, point: key)
        case .p384Public: return try PublicKey.ec(.p384, point: key)
        case .ed25519Private: throw .wrongKeyUse("a private key where a public multikey is needed")
        }
    }

    /// The Ed25519 signing key a `secretKeyMultibase` value holds.
    public static func ed25519PrivateKey(_ multibase: String) throws(KeyError) -> Ed25519PrivateKey {
        let (code, key) = try decode(multibase)
        guard code == .ed25519Private else { throw .wrongKeyUse("a public key where an Ed25519 private multikey is needed") }
        return try Ed25519PrivateKey(seed: key)
    }

    /// The `publicKeyMultibase` (base58btc) of a key; nil for RSA, which has no multikey here.
    public static func encode(_ key: PublicKey) -> String? {
        let code: Code
        switch key.kind {
        case .ed25519: code = .ed25519Public
        case .p256: code = .p256Public
        case .p384: code = .p384Public
        case .rsa: return nil
        }
        return Multibase.encode(varint(code.rawValue) + key.bytes)
    }

    /// The `secretKeyMultibase` (base58btc) of an Ed25519 signing key: its seed.
    public static func encode(_ key: Ed25519PrivateKey) -> String {
        Multibase.encode(varint(Code.ed25519Private.rawValue) + key.seed)
    }

    static func decode(_ multibase: String) throws(KeyError) -> (Code, [UInt8]) {
        let bytes: [UInt8]
        do { bytes = try Multibase.decode(multibase).bytes } catch { throw .multibase(error) }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        var index = 0
        while true {
            guard index < bytes.count, shift < 63 else { throw .truncatedMulticodec }
            let byte = bytes[index]
            value |= UInt64(byte & 0x7F) << shift
            index += 1
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        guard let code = Code(rawValue: value) else { throw .unsupportedMulticodec(value) }
        return (code, Array(bytes[index...]))
    }

    /// An unsigned LEB128 varint, as multicodec writes its codes.
    static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        repeat {
            var byte = UInt8(value & 0x7F)
            value >>= 7
            if value != 0 { byte |= 0x80 }
            out.append(byte)
        } while value != 0
        return out
    }
}

import COpenSSL
import Foundation

/// A libcrypto public key (`EVP_PKEY`) for ECDSA or RSA, owned and freed here.
///
/// libcrypto allows one `EVP_PKEY` to verify on many threads at once, as long as no thread
/// changes it; nothing here changes it after it is made.
final class EVPKey: @unchecked Sendable {
    let pointer: OpaquePointer

    /// `EVP_PKEY_fromdata` selection for a public key with its domain parameters.
    private static let publicSelection = Int32(OSSL_KEYMGMT_SELECT_PUBLIC_KEY | OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS
                                               | OSSL_KEYMGMT_SELECT_OTHER_PARAMETERS)

    /// An EC key on `curve` from a SEC1 point; refuses a point that is not on the curve.
    init(curve: PublicKey.Kind, point: [UInt8]) throws(KeyError) {
        let group = curve == .p256 ? "prime256v1" : "secp384r1"
        let key = Self.fromData(type: "EC", [("group", .utf8(group)), ("pub", .octets(point))])
        guard let key, Self.publicCheck(key) else {
            if let key { EVP_PKEY_free(key) }
            throw .notOnCurve(curve)
        }
        pointer = key
    }

    /// An RSA key from its modulus and public exponent (big-endian).
    init(rsaModulus: [UInt8], exponent: [UInt8]) throws(KeyError) {
        let key = Self.fromData(type: "RSA", [("n", .unsignedInteger(rsaModulus)), ("e", .unsignedInteger(exponent))])
        guard let key else { throw .badJWK("libcrypto refused the RSA modulus and exponent") }
        pointer = key
    }

    deinit { EVP_PKEY_free(pointer) }

    /// A value of an `OSSL_PARAM`.
    private enum Parameter {
        case utf8(String)
        case octets([UInt8])
        /// A big-endian unsigned integer.
        case unsignedInteger([UInt8])
    }

    /// `EVP_PKEY_fromdata` over parameters whose keys and values live in memory owned here until
    /// libcrypto has copied them into the new key.
    private static func fromData(type: String, _ parameters: [(key: String, value: Parameter)]) -> OpaquePointer? {
        defer { ERR_clear_error() }
        var owned: [UnsafeMutableRawPointer] = []
        defer { owned.forEach { free($0) } }
        func copy(_ bytes: [UInt8]) -> UnsafeMutableRawPointer {
            let buffer = malloc(max(bytes.count, 1))!
            bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
            owned.append(buffer)
            return buffer
        }
        var params: [OSSL_PARAM] = parameters.map { key, value in
            let name = copy(Array(key.utf8) + [0]).assumingMemoryBound(to: CChar.self)
            switch value {
            case .utf8(let text):
                let bytes = Array(text.utf8)
                return OSSL_PARAM_construct_utf8_string(name, copy(bytes + [0]).assumingMemoryBound(to: CChar.self), bytes.count)
            case .octets(let bytes):
                return OSSL_PARAM_construct_octet_string(name, copy(bytes), bytes.count)
            case .unsignedInteger(let bigEndian):
                // OSSL_PARAM integers are in the machine's byte order.
                let native = 1.littleEndian == 1 ? Array(bigEndian.reversed()) : bigEndian
                return OSSL_PARAM_construct_BN(name, copy(native).assumingMemoryBound(to: UInt8.self), native.count)
            }
        }
        params.append(OSSL_PARAM_construct_end())
        guard let context = EVP_PKEY_CTX_new_from_name(nil, type, nil) else { return nil }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_fromdata_init(context) == 1,
              EVP_PKEY_fromdata(context, &key, publicSelection, &params) == 1 else { return nil }
        return key
    }

    private static func publicCheck(_ key: OpaquePointer) -> Bool {
        defer { ERR_clear_error() }
        guard let context = EVP_PKEY_CTX_new_from_pkey(nil, key, nil) else { return false }
        defer { EVP_PKEY_CTX_free(context) }
        return EVP_PKEY_public_check(context) == 1
    }

    /// True when `signature` (DER for ECDSA, raw for RSA) verifies `message` hashed with `digest`.
    func verify(_ signature: [UInt8], for message: [UInt8], digest: DigestAlgorithm) -> Bool {
        defer { ERR_clear_error() }
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit_ex(context, nil, digest.rawValue, nil, nil, pointer, nil) == 1 else { return false }
        return EVP_DigestVerify(context, signature, signature.count, message, message.count) == 1
    }

    /// An affine coordinate of an EC key ("qx" or "qy"), left-padded to `size` bytes.
    func coordinate(_ name: String, size: Int) -> [UInt8]? {
        defer { ERR_clear_error() }
        var number: OpaquePointer?
        guard EVP_PKEY_get_bn_param(pointer, name, &number) == 1, let number else { return nil }
        defer { BN_free(number) }
        var out = [UInt8](repeating: 0, count: size)
        guard BN_bn2binpad(number, &out, Int32(size)) == Int32(size) else { return nil }
        return out
    }

    /// The DER `ECDSA-Sig-Value` of a raw r ‖ s signature, as libcrypto verifies it.
    static func derSignature(raw: [UInt8]) -> [UInt8]? {
        let half = raw.count / 2
        guard let signature = ECDSA_SIG_new() else { return nil }
        defer { ECDSA_SIG_free(signature) }
        guard let r = BN_bin2bn(raw, Int32(half), nil) else { return nil }
        guard let s = raw.withUnsafeBufferPointer({ BN_bin2bn($0.baseAddress! + half, Int32(half), nil) }) else {
            BN_free(r)
            return nil
        }
        guard ECDSA_SIG_set0(signature, r, s) == 1 else {
            BN_free(r); BN_free(s)
            return nil
        }
        var der: UnsafeMutablePointer<UInt8>?
        let length = i2d_ECDSA_SIG(signature, &der)
        guard length > 0, let der else { return nil }
        defer { CRYPTO_free(der, #fileID, #line) }
        return Array(UnsafeBufferPointer(start: der, count: Int(length)))
    }
}

import CSodium

/// libsodium is initialised once per process before its first use.
private let sodiumReady: Bool = sodium_init() >= 0

/// Ed25519 signatures through libsodium (`crypto_sign_detached`, `crypto_sign_verify_detached`).
public enum Ed25519 {
    /// True when `signature` (64 bytes) is the signature of `message` by `publicKey` (32 bytes).
    public static func verify(_ signature: [UInt8], for message: [UInt8], publicKey: [UInt8]) -> Bool {
        precondition(sodiumReady, "libsodium could not be initialised")
        guard signature.count == crypto_sign_BYTES, publicKey.count == crypto_sign_PUBLICKEYBYTES else { return false }
        return crypto_sign_verify_detached(signature, message, UInt64(message.count), publicKey) == 0
    }
}

/// An Ed25519 signing key, made from its 32-byte seed (the private key of RFC 8032).
public struct Ed25519PrivateKey: Sendable {
    /// libsodium's 64-byte secret key: the seed followed by the public key.
    private let secretKey: [UInt8]
    /// The matching public key.
    public let publicKey: PublicKey

    /// The key whose seed (RFC 8032 private key, JWK `d`) is these 32 bytes.
    public init(seed: [UInt8]) throws(KeyError) {
        precondition(sodiumReady, "libsodium could not be initialised")
        guard seed.count == crypto_sign_SEEDBYTES else {
            throw .wrongLength(.ed25519, expected: Int(crypto_sign_SEEDBYTES), actual: seed.count)
        }
        var pk = [UInt8](repeating: 0, count: Int(crypto_sign_PUBLICKEYBYTES))
        var sk = [UInt8](repeating: 0, count: Int(crypto_sign_SECRETKEYBYTES))
        guard crypto_sign_seed_keypair(&pk, &sk, seed) == 0 else { throw .wrongLength(.ed25519, expected: 32, actual: seed.count) }
        secretKey = sk
        publicKey = try PublicKey.ed25519(pk)
    }

    /// A new key from libsodium's random number generator.
    public static func generate() -> Ed25519PrivateKey {
        precondition(sodiumReady, "libsodium could not be initialised")
        var seed = [UInt8](repeating: 0, count: Int(crypto_sign_SEEDBYTES))
        randombytes_buf(&seed, seed.count)
        return try! Ed25519PrivateKey(seed: seed)
    }

    /// The 32-byte seed.
    public var seed: [UInt8] { Array(secretKey.prefix(Int(crypto_sign_SEEDBYTES))) }

    /// The 64-byte signature of `message`.
    public func sign(_ message: [UInt8]) -> [UInt8] {
        var signature = [UInt8](repeating: 0, count: Int(crypto_sign_BYTES))
        var length: UInt64 = 0
        let status = crypto_sign_detached(&signature, &length, message, UInt64(message.count), secretKey)
        precondition(status == 0 && length == crypto_sign_BYTES, "libsodium could not sign")
        return signature
    }
}

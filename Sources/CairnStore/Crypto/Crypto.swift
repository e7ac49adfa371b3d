import CSodium

/// libsodium's hashing and randomness, initialised once.
public enum Crypto {
    private static let initialized: Bool = sodium_init() >= 0

    static func ensureInitialized() {
        precondition(initialized, "libsodium failed to initialise")
    }

    /// The SHA-256 digest of some bytes.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The SHA-256 digest of a string's UTF-8, as lowercase hex (how session and token hashes are stored).
    public static func sha256Hex(_ text: String) -> String { hex(sha256(Array(text.utf8))) }

    /// Cryptographically secure random bytes.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        ensureInitialized()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, $0.count) }
        return bytes
    }

    /// HMAC-SHA-256 of `message` under a 32-byte `key` (libsodium's `crypto_auth_hmacsha256`).
    public static func hmacSHA256(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        ensureInitialized()
        precondition(key.count == Int(crypto_auth_hmacsha256_KEYBYTES), "an HMAC-SHA-256 key has 32 bytes")
        var mac = [UInt8](repeating: 0, count: Int(crypto_auth_hmacsha256_BYTES))
        _ = crypto_auth_hmacsha256(&mac, message, UInt64(message.count), key)
        return mac
    }

    /// Whether two secrets are equal, compared in constant time (libsodium's `sodium_memcmp`): timing
    /// reveals nothing but their lengths. Empty strings never match.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        ensureInitialized()
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        return sodium_memcmp(x, y, x.count) == 0
    }

    /// 32 random bytes as unpadded base64url (43 characters): for cookies and links.
    public static func randomToken() -> String { base64URL(randomBytes(32)) }

    /// Lowercase hexadecimal.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Unpadded base64url (RFC 4648 §5).
    public static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var out = [UInt8]()
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let b0 = chunk[chunk.startIndex], b1 = chunk.count > 1 ? chunk[chunk.startIndex + 1] : 0
            let b2 = chunk.count > 2 ? chunk[chunk.startIndex + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            if chunk.count > 1 { out.append(alphabet[Int((b1 & 0x0f) << 2 | b2 >> 6)]) }
            if chunk.count > 2 { out.append(alphabet[Int(b2 & 0x3f)]) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// SHA-256 over data that arrives in pieces.
public struct SHA256Hasher: Sendable {
    private var state = crypto_hash_sha256_state()

    public init() {
        Crypto.ensureInitialized()
        crypto_hash_sha256_init(&state)
    }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        crypto_hash_sha256_update(&state, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
    }

    /// The digest (32 bytes). The hasher must not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        digest.withUnsafeMutableBufferPointer { _ = crypto_hash_sha256_final(&state, $0.baseAddress!) }
        return digest
    }
}

/// Argon2id password hashes in libsodium's self-describing string form (`$argon2id$v=19$m=…`).
public struct PasswordHasher: Sendable {
    /// How much work a hash costs.
    public enum Strength: Sendable {
        /// libsodium's interactive limits: for real accounts.
        case interactive
        /// The smallest limits: for tests and the demo seed only.
        case minimal
    }

    public let strength: Strength

    public init(strength: Strength = .interactive) {
        Crypto.ensureInitialized()
        self.strength = strength
    }

    private var limits: (ops: UInt64, memory: Int) {
        switch strength {
        case .interactive: (UInt64(crypto_pwhash_argon2id_opslimit_interactive()), crypto_pwhash_argon2id_memlimit_interactive())
        case .minimal: (UInt64(crypto_pwhash_argon2id_opslimit_min()), crypto_pwhash_argon2id_memlimit_min())
        }
    }

    /// Hashes a password with a fresh random salt.
    public func hash(_ password: String) throws(PasswordHashingError) -> String {
        var out = [CChar](repeating: 0, count: Int(crypto_pwhash_STRBYTES))
        let code = crypto_pwhash_str_alg(&out, password, UInt64(password.utf8.count), limits.ops, limits.memory,
                                         crypto_pwhash_alg_argon2id13())
        guard code == 0 else { throw .outOfMemory }
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether the password matches the stored hash (false for a malformed hash).
    public func verify(_ password: String, against hash: String) -> Bool {
        crypto_pwhash_str_verify(hash, password, UInt64(password.utf8.count)) == 0
    }

    /// Whether a stored hash was made with weaker limits than this hasher's and should be redone at next sign-in.
    public func needsRehash(_ hash: String) -> Bool {
        crypto_pwhash_str_needs_rehash(hash, limits.ops, limits.memory) != 0
    }
}

/// Why a password could not be hashed.
public enum PasswordHashingError: Error, Equatable, Sendable {
    case outOfMemory
}

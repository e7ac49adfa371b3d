import CairnStore
import Foundation
import Synchronization

/// The CSRF tokens of visitors who are not signed in (kept in a cookie, double submit): each is
/// a random nonce signed with the installation's key, so only a token this server issued is
/// accepted and a cookie planted by another site or a sibling subdomain is replaced.
public final class VisitorTokens: Sendable {
    /// The 32-byte signing key once read, as four words, and whether it has been: read by every
    /// visitor's request without a lock or a shared object, whose count every thread would bounce.
    /// Two threads reading it first at once store the same words (the installation's one secret).
    private let loaded = Atomic(false)
    private let word0 = Atomic<UInt64>(0), word1 = Atomic<UInt64>(0), word2 = Atomic<UInt64>(0), word3 = Atomic<UInt64>(0)
    private let loadKey: @Sendable () throws -> [UInt8]

    /// - Parameter loadKey: the 32-byte signing key, read once on first use (after migrations).
    init(loadKey: @escaping @Sendable () throws -> [UInt8]) { self.loadKey = loadKey }

    /// The key from the installation's secrets (made on first use, shared by every server of one database).
    public convenience init(installation: Installation) {
        self.init {
            let text = try installation.store.secrets.value(named: "visitor-csrf-key", orCreate: { Crypto.randomToken() },
                                                            at: installation.clock())
            return Crypto.sha256(Array(text.utf8))
        }
    }

    /// A new signed token: `nonce.signature`.
    public func issue() throws -> String {
        try issuer()()
    }

    /// Issues tokens with the key read now, so issuing later (when a page first renders a form) cannot fail.
    public func issuer() throws -> @Sendable () -> String {
        let key = try signingKey()
        return {
            let nonce = Crypto.randomToken()
            return nonce + "." + Crypto.base64URL(Crypto.hmacSHA256(Array(nonce.utf8), key: key))
        }
    }

    /// Whether `token` is one this installation issued.
    public func isGenuine(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count >= 32, let key = try? signingKey() else { return false }
        let expected = Crypto.base64URL(Crypto.hmacSHA256(Array(parts[0].utf8), key: key))
        return Crypto.constantTimeEquals(String(parts[1]), expected)
    }

    private func signingKey() throws -> [UInt8] {
        if loaded.load(ordering: .acquiring) {
            let words = (word0.load(ordering: .relaxed), word1.load(ordering: .relaxed),
                         word2.load(ordering: .relaxed), word3.load(ordering: .relaxed))
            return withUnsafeBytes(of: words) { Array($0) }
        }
        let key = try loadKey()
        precondition(key.count == 32, "the visitors' signing key is a SHA-256 digest")
        key.withUnsafeBytes { raw in
            word0.store(raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), ordering: .relaxed)
            word1.store(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self), ordering: .relaxed)
            word2.store(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), ordering: .relaxed)
            word3.store(raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self), ordering: .relaxed)
        }
        loaded.store(true, ordering: .releasing)
        return key
    }
}

import CairnStore
import Foundation
import Synchronization

/// The CSRF tokens of visitors who are not signed in (kept in a cookie, double submit): each is
/// a random nonce signed with the installation's key, so only a token this server issued is
/// accepted and a cookie planted by another site or a sibling subdomain is replaced.
public final class VisitorTokens: Sendable {
    /// The signing key once read: loaded without a lock by every request that checks or issues a token.
    private let key = AtomicLazyReference<SigningKey>()
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
        if let known = key.load() { return known.bytes }
        return key.storeIfNil(SigningKey(bytes: try loadKey())).bytes
    }

    /// The key's bytes in an object, as the lock-free reference holds one.
    private final class SigningKey: Sendable {
        let bytes: [UInt8]
        init(bytes: [UInt8]) { self.bytes = bytes }
    }
}

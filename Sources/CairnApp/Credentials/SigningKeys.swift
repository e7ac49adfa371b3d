import CairnCore
import CairnCredentials
import CairnStore
import CairnSync
import Foundation

/// The organizations' Ed25519 signing keys: made on first need, sealed under the master key in
/// the database, opened once per process and kept in memory while it runs.
package final class SigningKeys: Sendable {
    private let configuration: AppConfiguration
    private let masterKey = ReadMostly<[UInt8]?>(nil)
    private let opened = ReadMostly<[IssuerKey.ID: Ed25519PrivateKey]>([:])

    init(configuration: AppConfiguration) { self.configuration = configuration }

    /// The organization's active key, made (and sealed) in the caller's transaction when it has none yet.
    func activeKey(of organizationID: Organization.ID, store: Store, at now: Date,
                   in tx: any Connection) throws -> (stored: IssuerKey, key: Ed25519PrivateKey) {
        if let stored = try store.issuers.activeKey(of: organizationID, in: tx) { return (stored, try open(stored)) }
        let made = try make(for: organizationID, at: now)
        try store.issuers.addFirst(made.stored, in: tx)
        guard let stored = try store.issuers.activeKey(of: organizationID, in: tx) else {
            throw CredentialError.signingKeyUnavailable("no active key after making one")
        }
        return (stored, try open(stored))
    }

    /// A new key for the organization, sealed and ready to store.
    func make(for organizationID: Organization.ID, at now: Date) throws -> (stored: IssuerKey, key: Ed25519PrivateKey) {
        let key = Ed25519PrivateKey.generate()
        let sealed = SecretBox.seal(key.seed, key: try master())
        let stored = IssuerKey(organizationID: organizationID, publicKeyMultibase: Multikey.encode(key.publicKey) ?? "",
                               sealedPrivateKey: Data(sealed).base64EncodedString(), createdAt: now)
        opened.write { $0[stored.id] = key }
        return (stored, key)
    }

    /// The private key of a stored key, opened with the master key.
    func open(_ stored: IssuerKey) throws -> Ed25519PrivateKey {
        if let key = opened.read({ $0[stored.id] }) { return key }
        guard let sealed = Data(base64Encoded: stored.sealedPrivateKey),
              let seed = SecretBox.open(Array(sealed), key: try master()),
              let key = try? Ed25519PrivateKey(seed: seed) else {
            throw CredentialError.signingKeyUnavailable("the master key does not open it")
        }
        guard Multikey.encode(key.publicKey) == stored.publicKeyMultibase else {
            throw CredentialError.signingKeyUnavailable("it does not match its public key")
        }
        opened.write { $0[stored.id] = key }
        return key
    }

    private func master() throws(CredentialError) -> [UInt8] {
        if let key = masterKey.read({ $0 }) { return key }
        let loaded = try MasterKey.load(configuration)
        masterKey.write { $0 = loaded }
        return loaded
    }
}

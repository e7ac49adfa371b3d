import CSodium

/// libsodium's secretbox (XSalsa20-Poly1305): sealing a secret under a 32-byte key, so that it is
/// kept encrypted at rest and any change to the sealed bytes is detected on opening.
public enum SecretBox {
    /// The length of a key.
    public static let keyLength = Int(crypto_secretbox_KEYBYTES)

    /// A random nonce followed by the ciphertext of `message` under `key`.
    public static func seal(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        Crypto.ensureInitialized()
        precondition(key.count == keyLength, "a secretbox key has 32 bytes")
        let nonce = Crypto.randomBytes(Int(crypto_secretbox_NONCEBYTES))
        var sealed = [UInt8](repeating: 0, count: message.count + Int(crypto_secretbox_MACBYTES))
        let status = crypto_secretbox_easy(&sealed, message, UInt64(message.count), nonce, key)
        precondition(status == 0, "libsodium could not seal")
        return nonce + sealed
    }

    /// The message `seal` sealed, or nil when the key is not the one it was sealed under or the bytes were changed.
    public static func open(_ box: [UInt8], key: [UInt8]) -> [UInt8]? {
        Crypto.ensureInitialized()
        let nonceLength = Int(crypto_secretbox_NONCEBYTES), macLength = Int(crypto_secretbox_MACBYTES)
        guard key.count == keyLength, box.count >= nonceLength + macLength else { return nil }
        let nonce = Array(box.prefix(nonceLength)), sealed = Array(box.dropFirst(nonceLength))
        var message = [UInt8](repeating: 0, count: sealed.count - macLength)
        guard crypto_secretbox_open_easy(&message, sealed, UInt64(sealed.count), nonce, key) == 0 else { return nil }
        return message
    }
}

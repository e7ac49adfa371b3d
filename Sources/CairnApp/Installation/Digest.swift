import CairnStore

/// Content digests for those outside the store (the web's asset fingerprints): libsodium's SHA-256.
public enum Digest {
    /// The SHA-256 of some bytes as 64 lowercase hex digits.
    public static func sha256Hex(_ bytes: [UInt8]) -> String { Crypto.hex(Crypto.sha256(bytes)) }
}

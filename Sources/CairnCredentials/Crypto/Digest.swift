import COpenSSL

/// A hash function computed by libcrypto (OpenSSL EVP): SHA-256 or SHA-384.
public enum DigestAlgorithm: String, Hashable, Sendable, CaseIterable {
    case sha256 = "SHA256"
    case sha384 = "SHA384"

    /// The length of a digest in bytes: 32 or 48.
    public var byteCount: Int {
        switch self {
        case .sha256: 32
        case .sha384: 48
        }
    }

    /// The digest of bytes.
    public func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        if let digest = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        let copy = Array(bytes)
        return copy.withUnsafeBytes { hash($0) }
    }

    /// The digest of a string's UTF-8 bytes.
    public func hash(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    /// The digest of a string's UTF-8 bytes in lowercase hexadecimal, as RDFC-1.0 writes hashes.
    public func hexHash(_ text: String) -> String {
        Hex.encode(hash(text))
    }

    func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: byteCount) { out, count in
            var size: UInt32 = 0
            let ok = EVP_Digest(buffer.baseAddress, buffer.count, out.baseAddress, &size, method, nil)
            // A digest of memory in hand cannot fail short of libcrypto being unusable.
            precondition(ok == 1 && Int(size) == byteCount, "libcrypto could not compute \(rawValue)")
            count = Int(size)
        }
    }

    /// The EVP method, fetched once per process (fetching is the slow part of an EVP call).
    var method: OpaquePointer {
        switch self {
        case .sha256: DigestMethods.sha256
        case .sha384: DigestMethods.sha384
        }
    }
}

/// libcrypto's digest methods; an `EVP_MD` is immutable once fetched and safe to share between threads.
private enum DigestMethods {
    nonisolated(unsafe) static let sha256: OpaquePointer = fetch("SHA256")
    nonisolated(unsafe) static let sha384: OpaquePointer = fetch("SHA384")

    static func fetch(_ name: String) -> OpaquePointer {
        guard let md = EVP_MD_fetch(nil, name, nil) else { fatalError("libcrypto has no \(name)") }
        return md
    }
}

import CSodium

/// Base64 with the URL and file name safe alphabet and no padding (RFC 4648 §5), as JOSE and
/// multibase `u` values use it; computed by libsodium.
public enum Base64URL {
    /// The bytes in base64url, without `=` padding.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        let input = Array(bytes)
        let variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING
        let capacity = sodium_base64_encoded_len(input.count, variant)   // includes the final NUL
        var out = [CChar](repeating: 0, count: capacity)
        input.withUnsafeBufferPointer { bin in
            _ = sodium_bin2base64(&out, capacity, bin.baseAddress, bin.count, variant)
        }
        return String(decoding: out.prefix(capacity - 1).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The bytes of base64url text, or nil unless it is exactly that: no padding, no white space,
    /// no standard-alphabet `+` or `/`, and no stray bits in the last character.
    public static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        if chars.isEmpty { return [] }
        var out = [UInt8](repeating: 0, count: chars.count * 3 / 4 + 1)
        var length = 0
        let status = chars.withUnsafeBufferPointer { b64 in
            b64.withMemoryRebound(to: CChar.self) { b64 in
                sodium_base642bin(&out, out.count, b64.baseAddress, b64.count, nil, &length, nil,
                                  sodium_base64_VARIANT_URLSAFE_NO_PADDING)
            }
        }
        guard status == 0 else { return nil }
        return Array(out.prefix(length))
    }
}

/// Base58 with the Bitcoin alphabet ("base58btc"), as multibase `z` values use it.
public enum Base58 {
    private static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = Int8(i) }
        return table
    }()

    /// The longest text `decode` accepts: base58 decoding takes time quadratic in the length, and
    /// keys and signatures are a few dozen characters (an RSA-4096 multikey about 750).
    public static let maxDecodedLength = 4_096

    /// The bytes in base58btc; each leading zero byte becomes a leading "1".
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        // The number the bytes spell, in little-endian limbs of nine base-58 digits each (58⁹ × 256 fits
        // in 63 bits), so each byte is carried through a ninth as many digits.
        var limbs: [Int] = []
        limbs.reserveCapacity(bytes.count * 138 / 900 + 1)
        for byte in bytes.dropFirst(zeros) {
            var carry = Int(byte)
            for i in limbs.indices {
                carry += limbs[i] << 8
                limbs[i] = carry % limb
                carry /= limb
            }
            while carry > 0 {
                limbs.append(carry % limb)
                carry /= limb
            }
        }
        // The base-58 digits, least significant first, without the zeros above the most significant one.
        var digits: [UInt8] = []
        digits.reserveCapacity(limbs.count * 9)
        for var value in limbs {
            for _ in 0..<9 {
                digits.append(UInt8(value % 58))
                value /= 58
            }
        }
        while digits.last == 0 { digits.removeLast() }
        var out = [UInt8](repeating: alphabet[0], count: zeros)
        out.reserveCapacity(zeros + digits.count)
        for digit in digits.reversed() { out.append(alphabet[Int(digit)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// 58⁹, the base of the limbs `encode` computes in.
    private static let limb = 58 * 58 * 58 * 58 * 58 * 58 * 58 * 58 * 58

    /// The bytes of base58btc text, or nil if a character is outside the alphabet or the text is
    /// longer than ``maxDecodedLength``.
    public static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count <= maxDecodedLength else { return nil }
        let ones = chars.prefix { $0 == alphabet[0] }.count
        // The number the characters spell, in little-endian limbs of 32 bits, taking five characters at a
        // time (58⁵ × 2³² fits in 63 bits), so each carry runs through a fifth as many limbs and steps.
        var limbs: [Int] = []
        limbs.reserveCapacity(chars.count * 733 / 4000 + 1)
        var index = ones
        while index < chars.count {
            let take = min(5, chars.count - index)
            var carry = 0, scale = 1
            for c in chars[index..<index + take] {
                guard c < 128, case let value = values[Int(c)], value >= 0 else { return nil }
                carry = carry * 58 + Int(value)
                scale *= 58
            }
            index += take
            for i in limbs.indices {
                carry += limbs[i] * scale
                limbs[i] = carry & 0xFFFF_FFFF
                carry >>= 32
            }
            while carry > 0 {
                limbs.append(carry & 0xFFFF_FFFF)
                carry >>= 32
            }
        }
        var bytes: [UInt8] = []   // little-endian base-256 digits
        bytes.reserveCapacity(limbs.count * 4)
        for limb in limbs {
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((limb >> shift) & 0xFF)) }
        }
        while bytes.last == 0 { bytes.removeLast() }
        return [UInt8](repeating: 0, count: ones) + bytes.reversed()
    }
}

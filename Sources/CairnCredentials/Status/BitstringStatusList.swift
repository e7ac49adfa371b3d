/// A status list of W3C Bitstring Status List v1.0: one entry of `statusSize` bits per credential,
/// index 0 at the leftmost (most significant) bit of the first byte, published as the
/// `encodedList` of a `BitstringStatusListCredential`: GZIP, then multibase base64url (`u…`).
///
/// ```swift
/// var list = try BitstringStatusList()          // 131,072 entries, all 0
/// try list.set(94_567)                           // revoke the credential at index 94567
/// let encoded = list.encodedList                 // "uH4sI…"
/// try BitstringStatusList(encodedList: encoded).isSet(94_567)   // true
/// ```
public struct BitstringStatusList: Sendable, Equatable {
    /// The least number of entries a list has (the spec's 16 KB of 1-bit entries), for herd privacy.
    public static let minimumEntries = 131_072
    /// The most bytes a decoded list may expand to unless the caller allows more: 16 MiB, over 134
    /// million 1-bit entries.
    public static let defaultMaxBytes = 16 << 20

    /// The bitstring.
    public private(set) var bytes: [UInt8]

    /// The number of bits.
    public var bitCount: Int { bytes.count * 8 }

    /// An all-zero list of `entries` entries of `statusSize` bits, rounded up to whole bytes.
    public init(entries: Int = minimumEntries, statusSize: Int = 1) throws(StatusListError) {
        try Self.check(statusSize: statusSize)
        guard entries >= Self.minimumEntries else { throw .tooShort(entries: entries, minimum: Self.minimumEntries) }
        bytes = [UInt8](repeating: 0, count: (entries * statusSize + 7) / 8)
    }

    /// The list an `encodedList` value holds.
    ///
    /// - Parameters:
    ///   - minimumEntries: fewer entries of `statusSize` bits is `STATUS_LIST_LENGTH_ERROR`
    ///     (131,072 unless an ecosystem sets another bound).
    ///   - maxBytes: the most the GZIP data may expand to; more is refused before it is all read.
    public init(encodedList: String, statusSize: Int = 1, minimumEntries: Int = minimumEntries,
                maxBytes: Int = defaultMaxBytes) throws(StatusListError) {
        guard encodedList.first == "u" else { throw .notMultibaseBase64URL }
        try self.init(base64url: encodedList.dropFirst(), statusSize: statusSize, minimumEntries: minimumEntries,
                      maxBytes: maxBytes)
    }

    /// The list a StatusList2021 `encodedList` holds (W3C CCG Status List 2021, the predecessor
    /// `StatusList2021Entry` points to): the same GZIP bitstring in base64url, without the
    /// multibase "u"; `=` padding, which some issuers left in, is accepted.
    public init(statusList2021EncodedList encodedList: String, minimumEntries: Int = minimumEntries,
                maxBytes: Int = defaultMaxBytes) throws(StatusListError) {
        var text = Substring(encodedList)
        while text.last == "=" { text = text.dropLast() }
        try self.init(base64url: text, statusSize: 1, minimumEntries: minimumEntries, maxBytes: maxBytes)
    }

    private init(base64url text: Substring, statusSize: Int, minimumEntries: Int, maxBytes: Int) throws(StatusListError) {
        try Self.check(statusSize: statusSize)
        // base64url of GZIP data is at most about 4/3 of the expanded size plus the headers.
        guard text.utf8.count <= (maxBytes + maxBytes / 100 + 1_024) / 3 * 4 + 8 else {
            throw .tooLarge(limit: maxBytes)
        }
        guard let compressed = Base64URL.decode(String(text)) else { throw .notMultibaseBase64URL }
        do {
            bytes = try Gzip.decompress(compressed, limit: maxBytes)
        } catch {
            switch error {
            case .tooLarge: throw .tooLarge(limit: maxBytes)
            case .notGzip(let reason): throw .notGzip(reason)
            }
        }
        let entries = bytes.count * 8 / statusSize
        guard entries >= minimumEntries else { throw .tooShort(entries: entries, minimum: minimumEntries) }
    }

    /// The `encodedList` value: the bitstring GZIP-compressed, in multibase base64url.
    public var encodedList: String {
        Multibase.encode(Gzip.compress(bytes), base: .base64url)
    }

    /// True when the 1-bit entry at `index` is set (revoked, suspended, …).
    public func isSet(_ index: Int) throws(StatusListError) -> Bool {
        try status(at: index) == 1
    }

    /// Sets or clears the 1-bit entry at `index`.
    public mutating func set(_ index: Int, _ value: Bool = true) throws(StatusListError) {
        try setStatus(value ? 1 : 0, at: index)
    }

    /// The value of the entry at `index`: `statusSize` bits from bit `index × statusSize`, most
    /// significant first.
    public func status(at index: Int, statusSize: Int = 1) throws(StatusListError) -> Int {
        let start = try bitPosition(index, statusSize: statusSize)
        var value = 0
        for bit in start..<start + statusSize {
            value = value << 1 | Int(bytes[bit >> 3] >> (7 - UInt8(bit & 7)) & 1)
        }
        return value
    }

    /// Writes `value` into the entry at `index` (`statusSize` bits, most significant first).
    public mutating func setStatus(_ value: Int, at index: Int, statusSize: Int = 1) throws(StatusListError) {
        let start = try bitPosition(index, statusSize: statusSize)
        guard value >= 0, value < 1 << statusSize else { throw .valueTooLarge(value, statusSize: statusSize) }
        for (offset, bit) in (start..<start + statusSize).enumerated() {
            let mask = UInt8(0x80) >> UInt8(bit & 7)
            if value >> (statusSize - 1 - offset) & 1 == 1 {
                bytes[bit >> 3] |= mask
            } else {
                bytes[bit >> 3] &= ~mask
            }
        }
    }

    private func bitPosition(_ index: Int, statusSize: Int) throws(StatusListError) -> Int {
        try Self.check(statusSize: statusSize)
        let entries = bitCount / statusSize
        guard index >= 0, index < entries else { throw .indexOutOfRange(index: index, entries: entries) }
        return index * statusSize
    }

    private static func check(statusSize: Int) throws(StatusListError) {
        guard (1...16).contains(statusSize) else { throw .badStatusSize(statusSize) }
    }
}

/// Why a status list could not be read or an entry not reached, with the spec's error where it has one.
public enum StatusListError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `encodedList` is not multibase base64url (`u…`), or for StatusList2021 not base64url:
    /// MALFORMED_VALUE_ERROR.
    case notMultibaseBase64URL
    /// The decoded bytes are not GZIP data: MALFORMED_VALUE_ERROR.
    case notGzip(String)
    /// The list would expand past the size the caller allows.
    case tooLarge(limit: Int)
    /// Fewer entries than the minimum: STATUS_LIST_LENGTH_ERROR.
    case tooShort(entries: Int, minimum: Int)
    /// The index is outside the list: RANGE_ERROR.
    case indexOutOfRange(index: Int, entries: Int)
    case badStatusSize(Int)
    case valueTooLarge(Int, statusSize: Int)

    public var description: String {
        switch self {
        case .notMultibaseBase64URL:
            "the encodedList is not base64url (a Bitstring Status List's also begins with the multibase “u”)"
        case .notGzip(let reason): "the status list is not GZIP data: \(reason)"
        case .tooLarge(let limit): "the status list would expand past \(limit) bytes"
        case .tooShort(let entries, let minimum): "the status list has \(entries) entries, fewer than \(minimum)"
        case .indexOutOfRange(let index, let entries): "status index \(index) is outside the list's \(entries) entries"
        case .badStatusSize(let size): "a status size of \(size) bits (1 to 16 are supported)"
        case .valueTooLarge(let value, let size): "the status \(value) does not fit in \(size) bits"
        }
    }
}

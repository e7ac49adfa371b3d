/// Percent-decoding of URL paths, query strings and form bodies.
enum URLEncoding {
    /// Decodes `%XX` escapes (and `+` as a space when `plusIsSpace`); malformed escapes stay as sent.
    static func decode<S: StringProtocol>(_ text: S, plusIsSpace: Bool = false) -> String {
        // Nearly every path and value has nothing to decode: copied as it is.
        let escaped: (UInt8) -> Bool = { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: escaped) }) ?? text.utf8.contains(where: escaped) else {
            return String(text)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let high = hexValue(iterator[iterator.startIndex]),
               let low = hexValue(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else if byte == UInt8(ascii: "+"), plusIsSpace {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The part of a request target before its query string (`?`), found byte by byte.
    static func pathPart(of target: String) -> Substring {
        guard let mark = queryMark(in: target) else { return target[...] }
        return target[..<mark]
    }

    /// The query string of a request target (after the first `?`), if it has one.
    static func queryPart(of target: String) -> Substring? {
        guard let mark = queryMark(in: target) else { return nil }
        return target[target.utf8.index(after: mark)...]
    }

    /// Where the first `?` is, searched in the string's contiguous bytes (the collection's own
    /// search steps through checked indices, several times slower).
    private static func queryMark(in target: String) -> String.Index? {
        let isMark: (UInt8) -> Bool = { $0 == UInt8(ascii: "?") }
        guard let offset = target.utf8.withContiguousStorageIfAvailable({ $0.firstIndex(where: isMark) })
            ?? target.utf8.firstIndex(where: isMark).map({ target.utf8.distance(from: target.utf8.startIndex, to: $0) }) else { return nil }
        return target.utf8.index(target.utf8.startIndex, offsetBy: offset)
    }

    /// The non-empty `/`-separated segments of a path, split on bytes (a `/` is never part of a
    /// multi-byte character), still encoded.
    static func segments(of path: Substring) -> [Substring] {
        // Offsets found in the contiguous bytes, then turned into indices (constant time in UTF-8):
        // stepping the view's own indices one by one cost several times more.
        let bounds = path.utf8.withContiguousStorageIfAvailable { bytes in
            var bounds: [(start: Int, end: Int)] = []
            bounds.reserveCapacity(8)   // room for most paths at once, rather than growing four times
            var start = 0
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") {
                if start < offset { bounds.append((start, offset)) }
                start = offset + 1
            }
            if start < bytes.count { bounds.append((start, bytes.count)) }
            return bounds
        }
        guard let bounds else { return slowSegments(of: path) }
        let base = path.utf8.startIndex
        return bounds.map { path[path.utf8.index(base, offsetBy: $0.start)..<path.utf8.index(base, offsetBy: $0.end)] }
    }

    /// The same segments, for a string whose bytes are not contiguous (bridged).
    private static func slowSegments(of path: Substring) -> [Substring] {
        var segments: [Substring] = []
        var start = path.utf8.startIndex
        var index = start
        while index < path.utf8.endIndex {
            if path.utf8[index] == UInt8(ascii: "/") {
                if start < index { segments.append(path[start..<index]) }
                start = path.utf8.index(after: index)
            }
            index = path.utf8.index(after: index)
        }
        if start < path.utf8.endIndex { segments.append(path[start...]) }
        return segments
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

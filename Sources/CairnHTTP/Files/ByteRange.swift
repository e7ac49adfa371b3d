/// What a `Range` header asks of a representation of a given size.
public enum ByteRange: Equatable, Sendable {
    /// No usable single range (absent, malformed, not bytes, or several): send everything.
    case full
    /// One satisfiable range, inclusive bounds within the size.
    case partial(ClosedRange<Int64>)
    /// A well-formed range starting beyond the end: 416.
    case unsatisfiable

    /// Interprets `header` (`bytes=a-b`, `bytes=a-`, `bytes=-n`) for a body of `size` bytes.
    public static func parse(_ header: String?, size: Int64) -> ByteRange {
        guard let header else { return .full }
        let trimmed = header.trimmingSpaces
        guard trimmed.lowercased().hasPrefix("bytes=") else { return .full }
        let spec = trimmed.dropFirst("bytes=".count)
        guard !spec.contains(",") else { return .full }
        let bounds = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard bounds.count == 2 else { return .full }
        let first = bounds[0].trimmingSpaces, last = bounds[1].trimmingSpaces
        guard first.allSatisfy(\.isASCIIDigit), last.allSatisfy(\.isASCIIDigit) else { return .full }
        switch (Int64(first), Int64(last)) {
        case (let start?, let end?):
            guard start <= end else { return .full }
            guard start < size else { return .unsatisfiable }
            return .partial(start...min(end, size - 1))
        case (let start?, nil):
            guard last.isEmpty else { return .full }
            guard start < size else { return .unsatisfiable }
            return .partial(start...(size - 1))
        case (nil, let suffix?):
            guard first.isEmpty else { return .full }
            guard suffix > 0, size > 0 else { return .unsatisfiable }
            return .partial(max(0, size - suffix)...(size - 1))
        case (nil, nil):
            return .full
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

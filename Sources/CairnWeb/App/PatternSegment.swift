/// One segment of an endpoint's pattern.
enum PatternSegment: Sendable, Equatable {
    case literal(String)
    /// `:name`, one segment.
    case parameter(String)
    /// `*name`, the rest of the path; only last.
    case tail(String)

    /// The segments of a pattern such as `/studio/:id/edit`.
    static func segments(of pattern: String) -> [PatternSegment] {
        pattern.split(separator: "/").map { part in
            if part.hasPrefix(":") { return .parameter(String(part.dropFirst())) }
            if part.hasPrefix("*") { return .tail(String(part.dropFirst())) }
            return .literal(String(part))
        }
    }

    /// The parameter's name; nil for a literal.
    var parameterName: String? {
        switch self {
        case .parameter(let name), .tail(let name): name
        case .literal: nil
        }
    }
}

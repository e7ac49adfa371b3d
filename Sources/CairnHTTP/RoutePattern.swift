/// A parsed route pattern such as `/admin/members/:id` or `/assets/*path`.
public struct RoutePattern: Sendable, CustomStringConvertible {
    /// One segment of the pattern.
    public enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        /// Matches the rest of the path, zero or more segments; only last.
        case tail(String)

        /// Lower is more specific: literal, then parameter, then tail.
        var rank: Int {
            switch self {
            case .literal: 0
            case .parameter: 1
            case .tail: 2
            }
        }
    }

    public let text: String
    public let segments: [Segment]
    /// The names of the parameters (`:name` and a final `*name`), in order: found once, read on every request.
    public let parameterNames: [String]
    /// How many segments capture a parameter (`:name` and `*name`).
    var parameterCount: Int { parameterNames.count }

    public init(_ text: String) {
        precondition(text.hasPrefix("/"), "Route pattern '\(text)' must start with '/'")
        self.text = text
        let parts = text.split(separator: "/")
        segments = parts.enumerated().map { index, part in
            if part.hasPrefix(":") { return .parameter(String(part.dropFirst())) }
            if part.hasPrefix("*") {
                precondition(index == parts.count - 1, "In '\(text)', a tail '*name' must be the last segment")
                return .tail(String(part.dropFirst()))
            }
            return .literal(String(part))
        }
        parameterNames = segments.compactMap {
            switch $0 {
            case .parameter(let name), .tail(let name): name
            case .literal: nil
            }
        }
    }

    public var description: String { text }

    /// Captured parameters when `path` (segments already percent-decoded, as the router decodes
    /// them once per request) matches, else nil.
    func match(decoded path: [String]) -> [Parameters.Pair]? {
        let hasTail = if case .tail = segments.last { true } else { false }
        guard hasTail ? path.count >= segments.count - 1 : path.count == segments.count else { return nil }
        // Literals first: most candidates fail on one, before anything is captured.
        for (index, segment) in segments.enumerated() {
            if case .literal(let literal) = segment, path[index] != literal { return nil }
        }
        var captured: [Parameters.Pair] = []
        captured.reserveCapacity(parameterCount)
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .tail(let name):
                captured.append(Parameters.Pair(name: name, value: path.dropFirst(index).joined(separator: "/")))
                return captured
            case .literal:
                continue
            case .parameter(let name):
                captured.append(Parameters.Pair(name: name, value: path[index]))
            }
        }
        return captured
    }

    /// True when both patterns match exactly the same paths (parameter names aside).
    func clashes(with other: RoutePattern) -> Bool {
        guard segments.count == other.segments.count else { return false }
        return zip(segments, other.segments).allSatisfy { a, b in
            switch (a, b) {
            case (.literal(let x), .literal(let y)): x == y
            case (.parameter, .parameter), (.tail, .tail): true
            default: false
            }
        }
    }

    /// True when `self` should win over `other` for a path both match.
    func isMoreSpecific(than other: RoutePattern) -> Bool {
        for (a, b) in zip(segments, other.segments) where a.rank != b.rank {
            return a.rank < b.rank
        }
        return segments.count > other.segments.count
    }
}

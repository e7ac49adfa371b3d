import CairnCore

/// A value that fills one `:name` segment of an endpoint's path: parsed from the decoded segment
/// before the handler runs, and written back (then percent-encoded) when a link is built.
protocol PathParameter: Sendable {
    /// The value a decoded path segment names; nil when it is malformed (the request is then a 404).
    ///
    /// A static function rather than an initializer, so `ID.init` stays unambiguous where it is passed as a function.
    static func parsed(pathSegment: String) -> Self?
    /// The text of the segment, before percent-encoding.
    var pathSegment: String { get }
}

/// Slugs, tokens, blob hashes and requirement ids: any text.
extension String: PathParameter {
    static func parsed(pathSegment: String) -> String? { pathSegment }
    var pathSegment: String { self }
}

/// Version numbers.
extension Int: PathParameter {
    static func parsed(pathSegment: String) -> Int? { Int(pathSegment) }
    var pathSegment: String { String(self) }
}

/// Typed identifiers (`Submission.ID`, `Microcredential.ID`, …): empty or spaced text is malformed.
extension ID: PathParameter {
    static func parsed(pathSegment: String) -> ID? { ID(pathSegment) }
    var pathSegment: String { rawValue }
}

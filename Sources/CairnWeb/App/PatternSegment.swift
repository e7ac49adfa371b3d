/// One segment of an endpoint's pattern.
enum PatternSegment: Sendable, Equatable {
    case literal(String)
    /// `:name`, one segment.
    case parameter(String)
    /// `*name`, the rest of the path; only last.
    case tail(String)
}

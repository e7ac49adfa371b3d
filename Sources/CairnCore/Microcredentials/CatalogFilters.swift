/// What a catalog visitor narrows the list by; every filter is optional.
public struct CatalogFilters: Hashable, Sendable {
    /// A subject tag, matched whole and case-insensitively ("assessment" finds "Assessment").
    public var subject: String?
    public var gradeBand: GradeBand?
    /// At most this many estimated hours of work.
    public var maxHours: Double?
    /// At least this many credit hours.
    public var minCreditHours: Double?

    public init(subject: String? = nil, gradeBand: GradeBand? = nil, maxHours: Double? = nil, minCreditHours: Double? = nil) {
        self.subject = subject
        self.gradeBand = gradeBand
        self.maxHours = maxHours
        self.minCreditHours = minCreditHours
    }

    /// No filter at all.
    public static let none = CatalogFilters()
}

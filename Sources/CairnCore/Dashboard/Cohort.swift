/// A coach's cohort as the dashboard shows it: the first rows (stalled work first), how many
/// enrollments and stalled ones there are in all, and the first names of who has not started.
public struct Cohort: Sendable, Hashable {
    /// The most rows and names a dashboard shows: a school's cohort can hold thousands.
    public static let shownRows = 100, shownNames = 30

    public var rows: [CohortRow]
    /// Every enrollment of the coached educators.
    public var total: Int
    /// How many of them are stalled.
    public var stalled: Int
    /// Coached educators with no enrollment yet, by name (the first `shownNames`).
    public var notStarted: [String]
    public var notStartedTotal: Int

    public init(rows: [CohortRow] = [], total: Int = 0, stalled: Int = 0, notStarted: [String] = [], notStartedTotal: Int = 0) {
        (self.rows, self.total, self.stalled, self.notStarted, self.notStartedTotal) = (rows, total, stalled, notStarted, notStartedTotal)
    }
}

import CairnCore
import CairnHTML
import Foundation

/// A date as people read it, "25 November 2026", in a `<time>` that machines can read too.
public struct DateText: HTML {
    let date: Date

    public init(_ date: Date) { self.date = date }

    /// "25 November 2026" (UTC, so a page reads the same everywhere).
    static func long(_ date: Date) -> String { DateWords.long(date) }

    /// "16:05" (UTC), for moments within a day such as when a claim runs out.
    static func clockTime(_ date: Date) -> String { DateWords.clockTime(date) }

    public var body: some HTML {
        time(.datetime(DateWords.iso(date))) { DateWords.long(date) }
    }
}

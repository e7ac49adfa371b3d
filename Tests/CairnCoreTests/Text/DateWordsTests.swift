import Foundation
import Testing
@testable import CairnCore

/// Dates read the same as a `DateFormatter` in UTC with the POSIX locale would write them.
@Suite struct DateWordsTests {
    static func formatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter
    }

    /// Moments that have caught calendar arithmetic out: the epoch and the second before it, leap
    /// days of a leap century and around a century that is not one, the ends of months and years.
    static let edges: [(id: String, date: String)] = [
        ("the epoch", "1970-01-01T00:00:00Z"), ("the second before the epoch", "1969-12-31T23:59:59Z"),
        ("a leap day of a leap century", "2000-02-29T12:00:00Z"), ("the day after it", "2000-03-01T00:00:00Z"),
        ("no leap day in 1900", "1900-03-01T00:00:00Z"), ("no leap day in 2100", "2100-02-28T23:59:59Z"),
        ("new year's eve", "2026-12-31T23:59:59Z"), ("new year's day", "2027-01-01T00:00:00Z"),
        ("a leap day", "2028-02-29T06:07:08Z"), ("the first Gregorian day", "1582-10-15T00:00:00Z"),
    ]

    @Test(arguments: edges.map(\.id))
    func anEdgeOfTheCalendarReadsAsAFormatterWritesIt(_ id: String) throws {
        let text = try #require(Self.edges.first { $0.id == id }).date
        let date = try #require(ISO8601DateFormatter().date(from: text))
        #expect(DateWords.long(date) == Self.formatter("d MMMM yyyy").string(from: date))
        #expect(DateWords.iso(date) == Self.formatter("yyyy-MM-dd").string(from: date))
        #expect(DateWords.clockTime(date) == Self.formatter("HH:mm").string(from: date))
    }

    @Test func everyFewHoursFrom1890To2110ReadsAsAFormatterWritesIt() {
        let (long, iso, clock) = (Self.formatter("d MMMM yyyy"), Self.formatter("yyyy-MM-dd"), Self.formatter("HH:mm"))
        var mismatches: [String] = []
        // 7 hours, 13 minutes and 17.25 seconds apart: every day of the year and every hour come round.
        for step in stride(from: -2_524_608_000.0, through: 4_417_977_600.0, by: 26_000.25) {
            let date = Date(timeIntervalSince1970: step)
            if DateWords.long(date) != long.string(from: date) || DateWords.iso(date) != iso.string(from: date)
                || DateWords.clockTime(date) != clock.string(from: date) {
                mismatches.append(iso.string(from: date) + " " + clock.string(from: date))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}

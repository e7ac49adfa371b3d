import CairnCalendar
import Foundation
import Testing

/// The day reckoned from a count of days, checked against Foundation's Gregorian calendar.
@Suite struct CivilDateTests {
    @Test func everyDayFrom1600To2400MatchesFoundationBothWays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = CivilDate(year: 1600, month: 3, day: 1).daysSince1970, last = CivilDate(year: 2400, month: 3, day: 1).daysSince1970
        for days in stride(from: first, through: last, by: 13) {
            let civil = CivilDate(daysSince1970: days)
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect(civil == CivilDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0), "day \(days)")
            #expect(civil.daysSince1970 == days)
        }
    }

    @Test func leapDaysAndTheEpochFallWhereTheCalendarPutsThem() {
        #expect(CivilDate(daysSince1970: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(daysSince1970: -1) == CivilDate(year: 1969, month: 12, day: 31))
        #expect(CivilDate(year: 2000, month: 2, day: 29).daysSince1970 + 1 == CivilDate(year: 2000, month: 3, day: 1).daysSince1970)
        #expect(CivilDate(year: 2100, month: 2, day: 28).daysSince1970 + 1 == CivilDate(year: 2100, month: 3, day: 1).daysSince1970,
                "2100 is not a leap year")
        #expect(CivilDate.floorDivision(-1, 86_400) == (-1, 86_399))
    }
}

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

    @Test func aTimestampIsTheDayAndTheTimeToTheMillisecond() {
        #expect(UTCTimestamp.text(millisecondsSince1970: 0) == "1970-01-01T00:00:00.000Z")
        #expect(UTCTimestamp.text(millisecondsSince1970: 1_796_508_980_251) == "2026-12-05T22:16:20.251Z")
        #expect(UTCTimestamp.text(millisecondsSince1970: 951_868_799_999) == "2000-02-29T23:59:59.999Z")
        #expect(UTCTimestamp.text(millisecondsSince1970: -1) == "1969-12-31T23:59:59.999Z")
        let year10000 = Int64(CivilDate(year: 10_000, month: 1, day: 2).daysSince1970) * 86_400_000 + 3_723_004
        #expect(UTCTimestamp.text(millisecondsSince1970: year10000) == "10000-01-02T01:02:03.004Z", "a longer year is written whole")
    }
}

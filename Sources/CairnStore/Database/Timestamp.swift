import CairnCalendar
import Foundation

/// The one text form of a moment in the database: `YYYY-MM-DDTHH:MM:SS.mmmZ`, UTC, milliseconds.
enum Timestamp {
    static func format(_ date: Date) -> String {
        UTCTimestamp.text(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// Reads the form above; the milliseconds may be absent.
    static func parse(_ text: String) -> Date? {
        let u = Array(text.utf8)
        guard u.count == 20 || u.count == 24, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58, u[16] == 58,
              u.last == 90 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var v = 0
            for i in range { guard (48...57).contains(u[i]) else { return nil }; v = v * 10 + Int(u[i] - 48) }
            return v
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var ms = 0
        if u.count == 24 {
            guard u[19] == 46, let fraction = number(20..<23) else { return nil }
            ms = fraction
        }
        let days = Int64(CivilDate(year: year, month: month, day: day).daysSince1970)
        let total = days * 86_400_000 + Int64(hour * 3_600_000 + minute * 60_000 + second * 1000 + ms)
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }
}

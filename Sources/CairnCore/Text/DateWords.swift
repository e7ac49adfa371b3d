import CairnCalendar
import Foundation

/// Dates as people read them, in UTC so a page or a message reads the same everywhere.
///
/// Worked out from the seconds since 1970 in the Gregorian calendar (`CivilDate`; Foundation's from
/// its first day in October 1582: before it, Foundation counts in the Julian calendar), without a
/// `DateFormatter`: a page can show a hundred dates, and formatters shared between request
/// threads had to take turns under one lock (a quarter of a coach's cohort page's CPU was spent
/// waiting for it).
public enum DateWords {
    /// "25 November 2026".
    public static func long(_ date: Date) -> String {
        let day = civilDate(date)
        guard (0...9999).contains(day.year) else { return "\(day.day) \(monthNames[day.month - 1]) \(fourDigits(day.year))" }
        let month = monthNames[day.month - 1].utf8
        // Written digit by digit into the string's own bytes: a cohort's page writes a hundred dates.
        return String(unsafeUninitializedCapacity: 8 + month.count) { bytes in
            var count = 0
            if day.day >= 10 { bytes[count] = digit(day.day / 10); count += 1 }
            bytes[count] = digit(day.day % 10); bytes[count + 1] = UInt8(ascii: " "); count += 2
            for byte in month { bytes[count] = byte; count += 1 }
            bytes[count] = UInt8(ascii: " ")
            writeFourDigits(day.year, into: bytes, at: count + 1)
            return count + 5
        }
    }

    /// "16:05", for moments within a day such as when a claim runs out.
    public static func clockTime(_ date: Date) -> String {
        let seconds = secondsOfDay(date)
        return twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60)
    }

    /// "2026-11-25", for machines.
    public static func iso(_ date: Date) -> String {
        let day = civilDate(date)
        guard (0...9999).contains(day.year) else { return fourDigits(day.year) + "-" + twoDigits(day.month) + "-" + twoDigits(day.day) }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            writeFourDigits(day.year, into: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-"); bytes[5] = digit(day.month / 10); bytes[6] = digit(day.month % 10)
            bytes[7] = UInt8(ascii: "-"); bytes[8] = digit(day.day / 10); bytes[9] = digit(day.day % 10)
            return 10
        }
    }

    /// The ASCII digit of `value` (0 to 9).
    private static func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value) }

    /// A year from 0 to 9999 as four digits at `offset`.
    private static func writeFourDigits(_ value: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        bytes[offset] = digit(value / 1000); bytes[offset + 1] = digit(value / 100 % 10)
        bytes[offset + 2] = digit(value / 10 % 10); bytes[offset + 3] = digit(value % 10)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// The whole seconds since the start of the date's UTC day.
    static func secondsOfDay(_ date: Date) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return CivilDate.floorDivision(seconds, 86_400).remainder
    }

    /// The date's UTC day.
    static func civilDate(_ date: Date) -> CivilDate {
        CivilDate(daysSince1970: CivilDate.floorDivision(Int(date.timeIntervalSince1970.rounded(.down)), 86_400).quotient)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// At least four digits, as `yyyy` writes a year.
    static func fourDigits(_ value: Int) -> String {
        let text = "\(abs(value))"
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}

import Foundation

/// Dates as people read them, in UTC so a page or a message reads the same everywhere.
///
/// Worked out from the seconds since 1970 in the Gregorian calendar (Foundation's, from its first
/// day in October 1582: before it, Foundation counts in the Julian calendar), without a
/// `DateFormatter`: a page can show a hundred dates, and formatters shared between request
/// threads had to take turns under one lock (a quarter of a coach's cohort page's CPU was spent
/// waiting for it).
public enum DateWords {
    /// "25 November 2026".
    public static func long(_ date: Date) -> String {
        let day = CivilDay(date)
        return "\(day.day) \(monthNames[day.month - 1]) \(fourDigits(day.year))"
    }

    /// "16:05", for moments within a day such as when a claim runs out.
    public static func clockTime(_ date: Date) -> String {
        let seconds = secondsOfDay(date)
        return twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60)
    }

    /// "2026-11-25", for machines.
    public static func iso(_ date: Date) -> String {
        let day = CivilDay(date)
        return fourDigits(day.year) + "-" + twoDigits(day.month) + "-" + twoDigits(day.day)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// The whole seconds since the start of the date's UTC day.
    static func secondsOfDay(_ date: Date) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return seconds - floorDivision(seconds, 86_400) * 86_400
    }

    static func floorDivision(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// At least four digits, as `yyyy` writes a year.
    static func fourDigits(_ value: Int) -> String {
        let text = "\(abs(value))"
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    /// A UTC calendar day: the Gregorian calendar's 400-year cycles counted from 1 March of year 0,
    /// so that the leap day falls at the end of each counted year.
    struct CivilDay: Equatable {
        let year: Int, month: Int, day: Int

        init(year: Int, month: Int, day: Int) { (self.year, self.month, self.day) = (year, month, day) }

        init(_ date: Date) {
            let days = DateWords.floorDivision(Int(date.timeIntervalSince1970.rounded(.down)), 86_400) + 719_468
            let era = DateWords.floorDivision(days, 146_097)
            let dayOfEra = days - era * 146_097                                                // 0…146096
            let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365  // 0…399
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)    // 0…365, from 1 March
            let shiftedMonth = (5 * dayOfYear + 2) / 153                                       // 0…11, March first
            day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        }
    }
}

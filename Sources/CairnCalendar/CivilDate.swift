/// A day of the proleptic Gregorian calendar, reckoned from a count of days since 1970-01-01 and
/// back, by arithmetic alone: no formatter, no time zone database and no lock, so the request
/// threads never wait for each other to write or read a date. The count runs in 400-year cycles
/// (146,097 days) of years that start on 1 March, so that February's leap day ends its year.
public struct CivilDate: Hashable, Sendable {
    public let year: Int
    /// 1 to 12.
    public let month: Int
    /// 1 to 31.
    public let day: Int

    /// Days from 0000-03-01 to 1970-01-01.
    private static let epochShift = 719_468
    private static let daysPerCycle = 146_097

    public init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The day `days` days after 1970-01-01 (before it when negative).
    public init(daysSince1970 days: Int) {
        let (cycle, dayOfCycle) = Self.floorDivision(days + Self.epochShift, Self.daysPerCycle)
        let yearOfCycle = (dayOfCycle - dayOfCycle / 1_460 + dayOfCycle / 36_524 - dayOfCycle / 146_096) / 365
        let dayOfYear = dayOfCycle - (365 * yearOfCycle + yearOfCycle / 4 - yearOfCycle / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0 is March, 11 is February
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = cycle * 400 + yearOfCycle + (month <= 2 ? 1 : 0)
    }

    /// How many days after 1970-01-01 this day is (negative before it).
    public var daysSince1970: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let (cycle, yearOfCycle) = Self.floorDivision(shiftedYear, 400)
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfCycle = yearOfCycle * 365 + yearOfCycle / 4 - yearOfCycle / 100 + dayOfYear
        return cycle * Self.daysPerCycle + dayOfCycle - Self.epochShift
    }

    /// The quotient rounded down and a remainder that is never negative (for days before 1970).
    public static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}

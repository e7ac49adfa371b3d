/// A moment as `YYYY-MM-DDTHH:MM:SS.mmmZ` (UTC, to the millisecond), worked out from its count of
/// milliseconds since 1970 by `CivilDate`'s arithmetic: the one text form the database stores and
/// the log line writes.
public enum UTCTimestamp {
    /// Appends the moment's characters to `bytes` (a year of more than four digits is written whole).
    public static func append(millisecondsSince1970 total: Int64, to bytes: inout [UInt8]) {
        let (days, millisecondOfDay) = CivilDate.floorDivision(Int(total), 86_400_000)
        let civil = CivilDate(daysSince1970: days)
        let secondOfDay = millisecondOfDay / 1000
        func digits(_ value: Int, _ width: Int, then separator: UInt8) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor <= value / 10 { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(48 + value / divisor % 10))
                divisor /= 10
            }
            bytes.append(separator)
        }
        digits(civil.year, 4, then: UInt8(ascii: "-"))
        digits(civil.month, 2, then: UInt8(ascii: "-"))
        digits(civil.day, 2, then: UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2, then: UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2, then: UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2, then: UInt8(ascii: "."))
        digits(millisecondOfDay % 1000, 3, then: UInt8(ascii: "Z"))
    }

    /// The moment's text.
    public static func text(millisecondsSince1970 total: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(millisecondsSince1970: total, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

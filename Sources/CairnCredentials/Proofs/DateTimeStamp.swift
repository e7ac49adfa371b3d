/// The lexical form of XML Schema 1.1 `dateTime`, as a proof's `created` and `expires` are written:
/// `2024-05-01T09:30:00Z`, with optional fractional seconds and an optional zone (`Z` or `±hh:mm`).
enum DateTimeStamp {
    /// True when the text is a well-formed XML Schema dateTime with values in range.
    static func isValid(_ text: String) -> Bool {
        var chars = Array(text.utf8)[...]
        func digits(_ count: Int) -> Int? {
            guard chars.count >= count else { return nil }
            var value = 0
            for c in chars.prefix(count) {
                guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(c - UInt8(ascii: "0"))
            }
            chars = chars.dropFirst(count)
            return value
        }
        func take(_ c: Character) -> Bool {
            guard chars.first == c.asciiValue else { return false }
            chars = chars.dropFirst()
            return true
        }
        _ = take("-")
        let yearStart = chars.startIndex
        while let c = chars.first, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { chars = chars.dropFirst() }
        guard chars.startIndex - yearStart >= 4 else { return false }
        guard take("-"), let month = digits(2), (1...12).contains(month), take("-"), let day = digits(2), (1...31).contains(day),
              take("T"), let hour = digits(2), take(":"), let minute = digits(2), minute < 60,
              take(":"), let second = digits(2), second < 60 else { return false }
        guard hour < 24 || (hour == 24 && minute == 0 && second == 0) else { return false }
        if take(".") {
            guard digits(1) != nil else { return false }
            while let c = chars.first, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { chars = chars.dropFirst() }
        }
        if chars.isEmpty || (take("Z") && chars.isEmpty) { return true }
        guard take("+") || take("-"), let zoneHour = digits(2), take(":"), let zoneMinute = digits(2), chars.isEmpty else {
            return false
        }
        return zoneMinute < 60 && (zoneHour < 14 || (zoneHour == 14 && zoneMinute == 0))
    }
}

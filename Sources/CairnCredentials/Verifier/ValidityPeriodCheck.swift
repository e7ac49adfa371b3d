import Foundation

/// The validity period check: `validFrom` / `validUntil` (VC 2.0), `issuanceDate` / `expirationDate`
/// (VC 1.1), and a JWT's `nbf` / `exp`, against the time the caller gives.
enum ValidityPeriodCheck {
    static func check(_ credential: JSON, jwtClaims: JSON?, at now: Date) -> CheckResult {
        let start = credential["validFrom"] ?? credential["issuanceDate"]
        let end = credential["validUntil"] ?? credential["expirationDate"]
        let startName = credential["validFrom"] != nil ? "validFrom" : "issuanceDate"
        let endName = credential["validUntil"] != nil ? "validUntil" : "expirationDate"
        var from: Date?
        var until: Date?
        if let start {
            guard let date = date(start.stringValue ?? "") else {
                return CheckResult(.validityPeriod, .failed, "“\(startName)” is not a date and time with a zone: \(start.serialized)")
            }
            from = date
        }
        if let end {
            guard let date = date(end.stringValue ?? "") else {
                return CheckResult(.validityPeriod, .failed, "“\(endName)” is not a date and time with a zone: \(end.serialized)")
            }
            until = date
        }
        if let nbf = jwtClaims?["nbf"]?.numberValue { from = max(from ?? .distantPast, Date(timeIntervalSince1970: nbf)) }
        if let exp = jwtClaims?["exp"]?.numberValue { until = min(until ?? .distantFuture, Date(timeIntervalSince1970: exp)) }
        let stamp = { (date: Date) in date.formatted(.iso8601) }
        if let from, now < from {
            return CheckResult(.validityPeriod, .failed, "the credential is not valid before \(stamp(from)) (checked at \(stamp(now)))")
        }
        if let until, now >= until {
            return CheckResult(.validityPeriod, .failed, "the credential expired at \(stamp(until)) (checked at \(stamp(now)))")
        }
        switch (from, until) {
        case (nil, nil): return CheckResult(.validityPeriod, .passed, "the credential states no validity period")
        case (let from?, nil): return CheckResult(.validityPeriod, .passed, "valid since \(stamp(from)), with no end")
        case (nil, let until?): return CheckResult(.validityPeriod, .passed, "valid until \(stamp(until))")
        case (let from?, let until?): return CheckResult(.validityPeriod, .passed, "valid from \(stamp(from)) until \(stamp(until))")
        }
    }

    /// An XML Schema dateTime with a zone (`Z` or `±hh:mm`), with or without fractional seconds.
    static func date(_ text: String) -> Date? {
        let zone = text.suffix(6)
        let hasZone = text.hasSuffix("Z") || ((zone.first == "+" || zone.first == "-") && zone.dropFirst(3).first == ":")
        guard DateTimeStamp.isValid(text), hasZone else { return nil }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

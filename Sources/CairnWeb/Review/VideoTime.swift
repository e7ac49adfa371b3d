import CairnCore
import Foundation

/// A moment in a video as a person types it: seconds ("75", "12.5"), "m:ss" ("1:05") or "h:mm:ss" ("1:02:03").
enum VideoTime {
    /// The moment in seconds, or nil for anything else (negative, empty, "1:75", "soon", past a day).
    static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), let last = parts.last, let seconds = number(last) else { return nil }
        var total = seconds
        var scale = 60.0
        for (index, part) in parts.dropLast().reversed().enumerated() {
            guard !part.isEmpty, part.allSatisfy(\.isASCIIDigit), let value = Double(part) else { return nil }
            // Below the hours, the minutes stay under 60.
            if index == 0 && parts.count == 3 && value >= 60 { return nil }
            total += value * scale
            scale *= 60
        }
        if parts.count > 1 && seconds >= 60 { return nil }
        return total <= VideoComment.maximumSeconds ? total : nil
    }

    /// A non-negative decimal written with digits and at most one point ("12", "12.5").
    private static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || $0 == "." }), text.filter({ $0 == "." }).count <= 1,
              text.contains(where: \.isASCIIDigit) else { return nil }
        return Double(text)
    }

    /// Seconds as the start field shows them after a refused form or from the script: "12.5", "75".
    static func field(_ seconds: Double) -> String {
        let rounded = ((seconds.isFinite ? min(max(seconds, 0), VideoComment.maximumSeconds) : 0) * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

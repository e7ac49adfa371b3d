import Foundation
import Synchronization

/// Dates as people read them, in UTC so a page or a message reads the same everywhere.
public enum DateWords {
    /// "25 November 2026".
    public static func long(_ date: Date) -> String { format(date, "d MMMM yyyy") }

    /// "16:05", for moments within a day such as when a claim runs out.
    public static func clockTime(_ date: Date) -> String { format(date, "HH:mm") }

    /// "2026-11-25", for machines.
    public static func iso(_ date: Date) -> String { format(date, "yyyy-MM-dd") }

    /// One formatter per pattern, made once: making a `DateFormatter` costs far more than using one,
    /// and a page can show a hundred dates. Used under the lock, one thread at a time.
    private static let formatters = Mutex<[String: DateFormatter]>([:])

    private static func format(_ date: Date, _ pattern: String) -> String {
        formatters.withLock { formatters in
            if let formatter = formatters[pattern] { return formatter.string(from: date) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            formatters[pattern] = formatter
            return formatter.string(from: date)
        }
    }
}

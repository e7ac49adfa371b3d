/// How a person wants to hear about earning and review: each message at once, or one digest a day.
public enum NotificationPreference: String, Codable, CaseIterable, Hashable, Sendable {
    case immediate, dailyDigest
}

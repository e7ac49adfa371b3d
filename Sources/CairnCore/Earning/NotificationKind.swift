/// The messages earning and review send through the outbox.
public enum NotificationKind: String, Codable, CaseIterable, Hashable, Sendable {
    /// To assessors: a submission is waiting (a digest by default).
    case submissionReceived
    /// To the educator: an assessor decided.
    case reviewDone
    case notYet
    case earned
    /// To the educator and the coach: the attempt limit was reached.
    case coachNeeded
    /// To the educator: no activity for a while.
    case stalledReminder
    /// To the educator: an admin revoked, suspended or reinstated one of their credentials.
    case credentialStatus

    /// The preference used when a person has not chosen.
    public var defaultPreference: NotificationPreference { self == .submissionReceived ? .dailyDigest : .immediate }

    /// How this message reaches a person: their choice applies to every kind; without one, the kind's default.
    public func delivery(chosen: NotificationPreference?) -> NotificationPreference { chosen ?? defaultPreference }
}

import Foundation

/// When an enrollment left alone earns its educator a reminder: after 14 quiet days, and once
/// only until the educator is active again.
public enum StalledRule {
    /// 14 days.
    public static let quietPeriod: TimeInterval = 14 * 86400

    /// Whether nothing happened for the quiet period.
    public static func isStalled(lastActivity: Date, at now: Date) -> Bool {
        now.timeIntervalSince(lastActivity) >= quietPeriod
    }

    /// Whether to remind now: stalled, waiting on the educator (in progress or not yet), and not
    /// reminded since the last activity.
    public static func needsReminder(status: EnrollmentStatus, lastActivity: Date, lastReminder: Date?, at now: Date) -> Bool {
        guard status == .inProgress || status == .notYet, isStalled(lastActivity: lastActivity, at: now) else { return false }
        guard let lastReminder else { return true }
        return lastReminder < lastActivity
    }
}

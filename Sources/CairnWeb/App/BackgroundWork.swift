import Foundation
import Synchronization

/// The work `cairn serve` does between requests, on one thread of its own: delivering mail
/// every two seconds, and every hour tidying up (`Housekeeping`), reminding stalled enrollments and
/// sending the daily digests that are due.
final class BackgroundWork: Sendable {
    private let app: App
    private let running = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)

    init(app: App) { self.app = app }

    /// Starts the loop.
    func start() {
        running.withLock { $0 = true }
        let thread = Thread { [self] in
            var lastHousekeeping = Date.distantPast
            while running.withLock({ $0 }) {
                deliverMail()
                if app.clock().timeIntervalSince(lastHousekeeping) >= 3600 {
                    housekeeping()
                    lastHousekeeping = app.clock()
                }
                for _ in 0..<20 where running.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.1) }
            }
            finished.signal()
        }
        thread.name = "cairn-background"
        thread.start()
    }

    /// Stops the loop after the task in hand, and waits for it.
    func stop() {
        let wasRunning = running.withLock { value in
            defer { value = false }
            return value
        }
        if wasRunning { finished.wait() }
    }

    /// Delivers the pending mail once, logging what failed; returns how many messages went out.
    @discardableResult
    func deliverMail() -> Int {
        do {
            let delivery = try app.mailOutbox.deliverPending()
            for failure in delivery.failures {
                app.logger.warning("mail not delivered", [("mail", failure.mail.rawValue), ("error", failure.reason)])
            }
            return delivery.delivered
        } catch {
            app.logger.error("outbox unreadable", [("error", "\(error)")])
            return 0
        }
    }

    /// Tidies the installation (`Housekeeping`), then sends stalled reminders and due digests.
    func housekeeping() {
        do {
            let report = try app.housekeeping.tidy()
            app.logger.info("housekeeping", [("expired_sessions", String(report.expiredSessions)),
                                             ("old_sign_in_failures", String(report.oldSignInFailures)),
                                             ("stale_uploads", String(report.staleUploads)),
                                             ("abandoned_temporary_files", String(report.abandonedTemporaryFiles))])
        } catch {
            app.logger.error("housekeeping failed", [("error", "\(error)")])
        }
        // Notifications on their own: a failure above never holds back reminders and digests, nor the reverse.
        let now = app.clock(), notifier = app.notifications
        do {
            let reminders = try notifier.remindStalled(at: now)
            let digests = try notifier.sendDigests(at: now)
            app.logger.info("notifications", [("stalled_reminders", String(reminders)), ("digests", String(digests))])
        } catch {
            app.logger.error("notifications failed", [("error", "\(error)")])
        }
    }
}

import CairnCore
import CairnStore
import Foundation
import Synchronization

/// The work `cairn serve` does between requests, on one thread of its own: delivering mail
/// every two seconds, and every hour removing expired sessions and old sign-in failures, reminding
/// stalled enrollments and sending the daily digests that are due.
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
                OutboxSender(app: app).deliverPending()
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

    /// Removes expired sessions, sign-in failures older than a day, uploads idle past their lifetime and
    /// temporary files a killed process left, and refreshes the query planner's statistics; sends
    /// stalled reminders and due digests.
    func housekeeping() {
        let now = app.clock()
        do {
            let sessions = try app.store.sessions.purgeExpired(at: now)
            let throttle = SignInThrottle()
            let failures = try app.store.signInAttempts.purge(before: throttle.windowStart(at: now),
                                                              knownBefore: now.addingTimeInterval(-throttle.knownAddressLifetime))
            let uploads = try removeStaleUploads(at: now) + removeUnattachedUploads(at: now)
            let temporaryFiles = try app.removeAbandonedTemporaryFiles()
            try app.store.refreshPlannerStatistics()
            app.logger.info("housekeeping", [("expired_sessions", String(sessions)), ("old_sign_in_failures", String(failures)),
                                             ("stale_uploads", String(uploads)), ("abandoned_temporary_files", String(temporaryFiles))])
        } catch {
            app.logger.error("housekeeping failed", [("error", "\(error)")])
        }
        // Notifications on their own: a failure above never holds back reminders and digests, nor the reverse.
        let notifier = app.notifications
        do {
            let reminders = try notifier.remindStalled(at: now)
            let digests = try notifier.sendDigests(at: now)
            app.logger.info("notifications", [("stalled_reminders", String(reminders)), ("digests", String(digests))])
        } catch {
            app.logger.error("notifications failed", [("error", "\(error)")])
        }
    }

    /// Deletes unfinished uploads without a chunk for the configured lifetime: row first, then bytes.
    func removeStaleUploads(at now: Date) throws -> Int {
        let stale = try app.store.uploads.stale(before: now.addingTimeInterval(-app.configuration.uploadLimits.lifetime))
        for upload in stale {
            try app.store.uploads.delete(upload.id)
            app.partialUploads.remove(upload.id)
        }
        return stale.count
    }

    /// Deletes finished uploads no evidence took within a day (the same lifetime), and their files
    /// once nothing else Cairn keeps names them: row first, then bytes.
    func removeUnattachedUploads(at now: Date) throws -> Int {
        let uploads = try app.store.uploads.finishedUnattached(before: now.addingTimeInterval(-app.configuration.uploadLimits.lifetime))
        for upload in uploads {
            try app.store.uploads.delete(upload.id)
            for hash in [upload.completed?.blobHash, upload.completed?.posterHash].compactMap({ $0 }) {
                guard let blob = BlobReference.ID(hash), try !app.store.uploads.isBlobReferenced(hash, besides: upload.id) else { continue }
                try app.blobs.remove(blob)
            }
        }
        return uploads.count
    }
}

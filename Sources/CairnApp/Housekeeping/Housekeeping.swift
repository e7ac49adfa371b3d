import CairnCore
import CairnStore
import Foundation

/// The hourly tidying of an installation: expired sessions, old sign-in failures, uploads nobody
/// finished or used, temporary files a killed process left, and the query planner's statistics.
public struct Housekeeping: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }
    private var configuration: AppConfiguration { installation.configuration }

    /// What one round removed.
    public struct Report: Sendable, Equatable {
        public var expiredSessions = 0
        public var oldSignInFailures = 0
        public var staleUploads = 0
        public var abandonedTemporaryFiles = 0
    }

    /// Runs every task once.
    public func tidy() throws -> Report {
        let now = installation.clock()
        var report = Report()
        report.expiredSessions = try store.sessions.purgeExpired(at: now)
        let throttle = SignInThrottle()
        report.oldSignInFailures = try store.signInAttempts.purge(before: throttle.windowStart(at: now),
                                                                  knownBefore: now.addingTimeInterval(-throttle.knownAddressLifetime))
        report.staleUploads = try removeStaleUploads(at: now) + removeUnattachedUploads(at: now)
        report.abandonedTemporaryFiles = try removeAbandonedTemporaryFiles()
        try store.refreshPlannerStatistics()
        return report
    }

    /// Removes abandoned temporary files older than a minute, and partial upload files no unfinished
    /// upload owns (a kill between deleting or finishing an upload and deleting its bytes);
    /// returns how many (at start-up and every hour).
    public func removeAbandonedTemporaryFiles() throws -> Int {
        let now = installation.clock(), cutoff = now.addingTimeInterval(-60)
        let directories = [installation.blobs.directory + "/tmp", installation.requestBodyDirectory]
        let temporary = directories.reduce(0) { $0 + TemporaryFileSweep.removeAbandoned(in: $1, modifiedBefore: cutoff) }
        let partials = installation.partialUploads
        let owned = Set(try store.uploads.stale(before: now.addingTimeInterval(86_400)).map { partials.path(for: $0.id) })
        let partial = TemporaryFileSweep.removeAbandoned(in: partials.directory, modifiedBefore: cutoff) { name in
            owned.contains(partials.directory + "/" + name)
        }
        return temporary + partial
    }

    /// Deletes unfinished uploads without a chunk for the configured lifetime: row first, then bytes.
    private func removeStaleUploads(at now: Date) throws -> Int {
        let stale = try store.uploads.stale(before: now.addingTimeInterval(-configuration.uploadLimits.lifetime))
        for upload in stale {
            try store.uploads.delete(upload.id)
            installation.partialUploads.remove(upload.id)
        }
        return stale.count
    }

    /// Deletes finished uploads no evidence took within a day (the same lifetime), and their files
    /// once nothing else Cairn keeps names them: row first, then bytes.
    private func removeUnattachedUploads(at now: Date) throws -> Int {
        let uploads = try store.uploads.finishedUnattached(before: now.addingTimeInterval(-configuration.uploadLimits.lifetime))
        for upload in uploads {
            try store.uploads.delete(upload.id)
            for hash in [upload.completed?.blobHash, upload.completed?.posterHash].compactMap({ $0 }) {
                guard let blob = BlobReference.ID(hash), try !store.uploads.isBlobReferenced(hash, besides: upload.id) else { continue }
                try installation.blobs.remove(blob)
            }
        }
        return uploads.count
    }
}

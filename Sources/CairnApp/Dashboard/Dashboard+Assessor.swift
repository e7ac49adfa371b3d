import CairnCore
import CairnStore
import Foundation

extension Dashboard {
    /// The assessor's queue (what waits, how long, what they hold) and calibration per microcredential
    /// they review, in one read of five queries whatever the number of microcredentials.
    func assessorOverview(of member: Member, at now: Date) throws -> AssessorOverview {
        try store.database.read { tx in try assessorOverview(of: member, at: now, in: tx) }
    }

    private func assessorOverview(of member: Member, at now: Date, in tx: any Connection) throws -> AssessorOverview {
        let organizationID = member.organization.id, me = member.person.id
        let assessed = try store.submissions.assessedMicrocredentials(by: me, in: organizationID, in: tx)
        let titles = Dictionary(assessed.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let queue = try store.submissions.queue(for: me, in: organizationID, at: now, listing: 1, in: tx)
        let claimed = queue.claimed.compactMap { entry in
            entry.claim.map { claim in
                AssessorOverview.Claimed(submissionID: entry.submissionID, title: titles[entry.microcredentialID] ?? "A microcredential",
                                         educatorName: entry.displayName, expiresAt: claim.expiresAt)
            }
        }
        let ids = assessed.map(\.id)
        let exemplars = try store.calibration.exemplarCounts(of: ids, in: organizationID, in: tx)
        let uncalibrated = try store.calibration.uncalibrated(me, of: ids, in: organizationID, in: tx)
        let calibration = assessed.map { microcredential in
            AssessorOverview.Calibration(microcredentialID: microcredential.id, title: microcredential.title,
                                         exemplars: exemplars[microcredential.id] ?? 0, calibrated: !uncalibrated.contains(microcredential.id))
        }
        return AssessorOverview(waiting: queue.waitingCount, oldestAge: queue.oldestWaitingAge, claimed: claimed, calibration: calibration)
    }
}

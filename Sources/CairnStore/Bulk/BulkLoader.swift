import CairnCore
import Foundation

/// Writes many finished records at once, for loading a large data set (the district-scale demo):
/// the same rows the workflows write, through the repositories' own inserts, but without the
/// workflows' reads and checks. The caller builds each record with `CairnCore`'s rules and
/// chooses the batches; each batch is one transaction.
package struct BulkLoader {
    private let store: Store
    private let tx: any Connection
    /// The enrollments whose attempts this batch wrote: their kept progress is refreshed at its end.
    private let attempted: AttemptedEnrollments

    fileprivate init(store: Store, tx: any Connection, attempted: AttemptedEnrollments) {
        self.store = store
        self.tx = tx
        self.attempted = attempted
    }

    package func add(_ organization: Organization) throws { try store.organizations.create(organization, in: tx) }

    package func add(_ school: School) throws { try store.organizations.addSchool(school, in: tx) }

    package func add(_ person: Person, passwordHash: String?) throws {
        try store.members.createPerson(person, passwordHash: passwordHash, in: tx)
    }

    package func add(_ membership: Membership) throws { try store.members.addMembership(membership, in: tx) }

    /// An assessor's assignment to one microcredential (nil: every one).
    package func assign(_ assessor: Person.ID, to microcredentialID: Microcredential.ID?, in organizationID: Organization.ID) throws {
        try store.submissions.insertAssignment(assessor, for: microcredentialID, in: organizationID, in: tx)
    }

    /// An enrollment, closed at `closedAt` when it was earned.
    package func add(_ enrollment: Enrollment, closedAt: Date?) throws {
        try store.enrollments.insert(enrollment, closedAt: closedAt, in: tx)
    }

    /// One workspace entry of an enrollment.
    package func add(_ entry: EvidenceItem, to enrollmentID: Enrollment.ID, at date: Date) throws {
        try store.enrollments.write(entry, to: enrollmentID, at: date, in: tx)
    }

    /// A submission in its state: waiting, claimed, or decided (then add its review).
    package func add(_ submission: Submission) throws {
        try store.submissions.insert(submission, in: tx)
        attempted.ids.insert(submission.enrollmentID)
    }

    /// A review with its award when earned (which closes the enrollment).
    package func add(_ review: Review, award: Award?) throws { try store.reviews.insert(review, award: award, in: tx) }

    package func add(_ comment: VideoComment) throws { try store.reviews.insert(comment, in: tx) }

    package func add(_ score: SecondScoring.Score) throws { try store.calibration.insert(score, in: tx) }
}

extension Store {
    /// Runs `body` with a bulk loader in one write transaction: all of the batch or none of it.
    package func load(_ body: (BulkLoader) throws -> Void) throws {
        try database.write { tx in
            let attempted = AttemptedEnrollments()
            try body(BulkLoader(store: self, tx: tx, attempted: attempted))
            for id in attempted.ids { try enrollments.refreshProgress(of: id, in: tx) }
        }
    }
}

/// The enrollments a bulk batch gave attempts to (used on the one thread of its transaction).
private final class AttemptedEnrollments {
    var ids: Set<Enrollment.ID> = []
}

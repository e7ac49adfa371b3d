import Foundation

/// The assessor's queue and calibration, as the dashboard shows them.
public struct AssessorOverview: Sendable, Hashable {
    /// A submission the assessor holds.
    public struct Claimed: Sendable, Hashable {
        public var submissionID: Submission.ID
        public var title: String
        public var educatorName: String
        public var expiresAt: Date

        public init(submissionID: Submission.ID, title: String, educatorName: String, expiresAt: Date) {
            (self.submissionID, self.title, self.educatorName, self.expiresAt) = (submissionID, title, educatorName, expiresAt)
        }
    }

    /// Calibration on one microcredential the assessor reviews.
    public struct Calibration: Sendable, Hashable {
        public var microcredentialID: Microcredential.ID
        public var title: String
        public var exemplars: Int
        public var calibrated: Bool

        public init(microcredentialID: Microcredential.ID, title: String, exemplars: Int, calibrated: Bool) {
            (self.microcredentialID, self.title, self.exemplars, self.calibrated) = (microcredentialID, title, exemplars, calibrated)
        }
    }

    /// Submissions waiting for anyone to take them.
    public var waiting: Int
    /// Seconds the oldest waiting submission has waited.
    public var oldestAge: TimeInterval?
    public var claimed: [Claimed]
    public var calibration: [Calibration]

    public init(waiting: Int, oldestAge: TimeInterval?, claimed: [Claimed], calibration: [Calibration]) {
        (self.waiting, self.oldestAge, self.claimed, self.calibration) = (waiting, oldestAge, claimed, calibration)
    }
}


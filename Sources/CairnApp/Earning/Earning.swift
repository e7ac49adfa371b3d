import CairnCore
import CairnStore
import Foundation

/// An educator earning a microcredential: starting it from the catalog, and submitting the
/// workspace for review (the assessors who may review it are told).
public struct Earning: Sendable {
    let installation: Installation
    let notifications: Notifications

    public init(installation: Installation, notifications: Notifications) {
        (self.installation, self.notifications) = (installation, notifications)
    }

    private var store: Store { installation.store }

    /// The enrollment a start leads to: a new one, or the educator's running one of the same microcredential.
    public struct Enrolled: Sendable {
        public let enrollmentID: Enrollment.ID
        /// The version started (the latest published, or the pilot's).
        public let version: MicrocredentialVersion
        /// False when the educator had started it already.
        public let isNew: Bool
    }

    /// Starts the latest published version of the microcredential at `slug` for the educator; one
    /// running enrollment per educator and microcredential, so starting twice leads to the first.
    ///
    /// - Throws: `EnrollmentError.notFound` for an unknown microcredential, one without a published
    ///   version, or a member who is not an educator.
    public func enroll(in slug: String, by educator: Member) throws -> Enrolled {
        guard educator.has(.educator) else { throw EnrollmentError.notFound }
        let organizationID = educator.organization.id
        guard let microcredential = try store.microcredentials.fetch(slug: slug, in: organizationID),
              let version = try store.microcredentials.latestPublished(of: microcredential.id, in: organizationID)
        else { throw EnrollmentError.notFound }
        return try start(version, by: educator, isPilot: false)
    }

    /// Starts a version in pilot as a pilot enrollment of one of its pilot educators (or leads to the running one).
    ///
    /// - Throws: `EnrollmentError.notFound` for a version not in pilot; `.notAPilotEducator` for anyone
    ///   but the pilot's educators.
    public func enrollInPilot(_ versionID: MicrocredentialVersion.ID, by educator: Member) throws -> Enrolled {
        let organizationID = educator.organization.id
        guard let version = try store.microcredentials.fetchVersion(versionID, in: organizationID), version.state == .pilot
        else { throw EnrollmentError.notFound }
        guard try store.pilots.fetchParticipant(educator.person.id, of: version.id, in: organizationID)?.role == .educator
        else { throw EnrollmentError.notAPilotEducator }
        return try start(version, by: educator, isPilot: true)
    }

    /// Enrolls the educator in `version`, or leads to their running enrollment of the microcredential.
    private func start(_ version: MicrocredentialVersion, by educator: Member, isPilot: Bool) throws -> Enrolled {
        let enrollment = Enrollment(organizationID: educator.organization.id, educatorID: educator.person.id,
                                    microcredentialID: version.microcredentialID, versionID: version.id, isPilot: isPilot,
                                    startedAt: installation.clock())
        do {
            try store.enrollments.enroll(enrollment)
        } catch EnrollmentError.alreadyEnrolled(let existing) {
            return Enrolled(enrollmentID: existing, version: version, isNew: false)
        }
        return Enrolled(enrollmentID: enrollment.id, version: version, isNew: true)
    }

    /// What a submission sent: the new attempt, and the title of its version.
    public struct Submitted: Sendable {
        public let submission: Submission
        public let title: String
    }

    /// Submits the educator's workspace as the next attempt; then the assessors who may review it are told.
    ///
    /// - Throws: `EnrollmentError.notFound` for another's enrollment; `.incomplete` with what to fix;
    ///   `.cannotSubmit` while under review or once earned.
    public func submit(_ id: Enrollment.ID, by educator: Member) throws -> Submitted {
        let enrollment = try self.enrollment(id, of: educator)
        let title = try store.microcredentials.findVersion(enrollment.versionID, in: enrollment.organizationID).design.title
        let submission = try store.submissions.submit(enrollment.id, in: enrollment.organizationID, at: installation.clock())
        notifications.submissionReceived(submission)
        return Submitted(submission: submission, title: title)
    }

    /// The enrollment when it is the educator's own.
    ///
    /// - Throws: `EnrollmentError.notFound` for an unknown id, another organization's or another educator's.
    public func enrollment(_ id: Enrollment.ID, of educator: Member) throws -> Enrollment {
        guard let enrollment = try store.enrollments.fetch(id, in: educator.organization.id), enrollment.educatorID == educator.person.id
        else { throw EnrollmentError.notFound }
        return enrollment
    }
}

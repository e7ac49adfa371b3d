import CairnCore
import CairnStore
import Foundation

/// Tells people what happened in earning and review, each the way they chose: a mail at once, or
/// an item of their daily digest. Every message is kept too, for the notifications page.
///
/// A decision's notifications are written in the decision's own transaction (`decided`). The others
/// are sent after the change they report is stored, in a transaction of their own; their failure is
/// reported, never thrown, since what they tell has already happened.
public struct Notifications: Sendable {
    let installation: Installation
    let links: NotificationLinks
    /// Where a failure of a notification sent on its own is told (the web's log).
    let report: @Sendable (_ event: String, _ error: any Error) -> Void

    public init(installation: Installation, links: NotificationLinks,
                report: @escaping @Sendable (_ event: String, _ error: any Error) -> Void) {
        (self.installation, self.links, self.report) = (installation, links, report)
    }

    private var store: Store { installation.store }

    /// To every active assessor who may assess the submission's microcredential (never its author).
    public func submissionReceived(_ submission: Submission) {
        reporting("submission received") {
            let organizationID = submission.organizationID
            let title = try store.microcredentials.findVersion(submission.versionID, in: organizationID).design.title
            let assessors = Set(try store.submissions.assessors(of: submission.microcredentialID, in: organizationID))
            let message = NotificationMessage.submissionReceived(title: title, attempt: submission.attempt, queue: links.reviewQueue)
            // Only the assessors' memberships: never every member of a district.
            let recipients = try store.database.read { try store.members.members(of: organizationID, among: assessors, in: $0) }
                .filter { $0.has(.assessor) && $0.person.id != submission.educatorID }
            try store.write { tx in
                try send(recipients.map { ($0.person, message) }, in: organizationID, about: submission.enrollmentID, at: installation.clock(), in: tx)
            }
        }
    }

    /// Everything a decision sets off, in its transaction: the educator hears it (earned, not yet, or
    /// a pilot attempt reviewed, with a link to the feedback); when this *not yet* reaches the
    /// organization's `AttemptPolicy.notYetBeforeCoach`, the educator and the coaches who cover them
    /// hear that a coach can help, once per enrollment.
    func decided(_ recorded: ReviewRepository.RecordedDecision, policy: ReviewPolicy, at now: Date, in tx: any Connection) throws {
        let (submission, enrollment) = (recorded.submission, recorded.enrollment)
        let organizationID = submission.organizationID, title = recorded.version.design.title
        if let educator = try store.members.fetchMember(person: submission.educatorID, organization: organizationID, in: tx), educator.isActive {
            let message = NotificationMessage.decided(recorded.review.decision, title: title, isPilot: enrollment.isPilot,
                                                      feedback: links.feedback(enrollment.id, submission.id))
            try send([(educator.person, message)], in: organizationID, about: enrollment.id, at: now, in: tx)
        }
        guard recorded.review.decision == .notYet else { return }
        let notYet = try store.reviews.decisions(of: enrollment.id, in: organizationID, in: tx).count { $0 == .notYet }
        guard policy.attempts.needsCoach(notYetCount: notYet),
              try !store.notifications.exists(.coachNeeded, about: enrollment.id, in: organizationID, in: tx) else { return }
        try coachNeeded(enrollment, title: title, notYet: notYet, latest: submission.id, at: now, in: tx)
    }

    /// To the educator and the coaches who cover them: the educator reached the organization's limit of *not yet*.
    private func coachNeeded(_ enrollment: Enrollment, title: String, notYet: Int, latest: Submission.ID, at now: Date,
                             in tx: any Connection) throws {
        guard let educator = try store.members.fetchMember(person: enrollment.educatorID, organization: enrollment.organizationID, in: tx),
              educator.isActive else { return }
        // The coaches of the educator's school and the organization-wide ones; `Membership.coaches` decides.
        let coaches = try store.members.coaches(in: enrollment.organizationID, forSchool: educator.membership.schoolID, in: tx)
            .filter { $0.membership.coaches(educator.membership) }.map(\.person)
        var messages = [(educator.person, NotificationMessage.coachNeededForEducator(
            title: title, notYet: notYet, coaches: coaches.map(\.displayName), link: links.feedback(enrollment.id, latest)))]
        messages += coaches.map {
            ($0, NotificationMessage.coachNeededForCoach(educator: educator.person.displayName, title: title, notYet: notYet, cohort: links.coachCohort))
        }
        try send(messages, in: enrollment.organizationID, about: enrollment.id, at: now, in: tx)
    }

    /// To the educator, in the award's transaction: they were awarded a microcredential directly, and its credential is ready.
    func awardedDirectly(_ award: Award, credential: IssuedCredential, to educator: Person, at now: Date, in tx: any Connection) throws {
        let message = NotificationMessage.awardedDirectly(title: award.title, narrative: award.narrative, link: links.credential(credential.id))
        try send([(educator, message)], in: award.organizationID, about: nil, at: now, in: tx)
    }

    /// To the educator, in the change's transaction: an admin revoked, suspended or reinstated their credential.
    func credentialStatusChanged(_ credential: IssuedCredential, to status: CredentialStatus, reason: String, at now: Date,
                                 in tx: any Connection) throws {
        guard let educator = try store.members.fetchMember(person: credential.educatorID, organization: credential.organizationID, in: tx),
              educator.isActive else { return }
        let message = NotificationMessage.credentialStatusChanged(status, title: credential.name, reason: reason,
                                                                  link: links.credential(credential.id))
        try send([(educator.person, message)], in: credential.organizationID, about: nil, at: now, in: tx)
    }

    /// To the educator, in the takedown's transaction: an admin took one item of their public evidence down, and why.
    func evidenceTakenDown(_ item: PublicEvidence, of credential: IssuedCredential, reason: String, at now: Date,
                           in tx: any Connection) throws {
        guard let educator = try store.members.fetchMember(person: credential.educatorID, organization: credential.organizationID, in: tx),
              educator.isActive else { return }
        let message = NotificationMessage.evidenceTakenDown(item: item.requirement.title, title: credential.name, reason: reason,
                                                            link: links.credential(credential.id))
        try send([(educator.person, message)], in: credential.organizationID, about: nil, at: now, in: tx)
    }

    /// Reminds the educators of enrollments quiet for 14 days, once per quiet spell (`StalledRule`); returns how many.
    @discardableResult
    public func remindStalled(at now: Date) throws -> Int {
        var reminded = 0
        for enrollment in try store.enrollments.needingStalledReminder(at: now) {
            reporting("stalled reminder") {  // one enrollment's failure never stops the others
                let organizationID = enrollment.organizationID
                guard let educator = try store.members.fetchMember(person: enrollment.educatorID, organization: organizationID),
                      educator.isActive else { return }
                let title = try store.microcredentials.findVersion(enrollment.versionID, in: organizationID).design.title
                try store.write { tx in
                    try send([(educator.person, .stalledReminder(title: title, link: links.workspace(enrollment.id)))],
                             in: organizationID, about: enrollment.id, at: now, in: tx)
                }
                reminded += 1
            }
        }
        return reminded
    }

    /// Sends the daily digests that are due: a person's waiting items go out as one mail once the
    /// oldest has waited 24 hours. Returns how many digests were queued.
    @discardableResult
    public func sendDigests(at now: Date) throws -> Int {
        let due = try store.notifications.peopleDueForDigest(waitingSince: now.addingTimeInterval(-Self.digestDelay))
        guard !due.isEmpty else { return 0 }
        let names = Dictionary(try store.organizations.all().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let baseURL = installation.configuration.baseURL
        var sent = 0
        for personID in due {
            guard let person = try store.members.fetchPerson(personID) else { continue }
            let mail = try store.notifications.sendDigest(to: personID, at: now) { items in
                NotificationMail.digest(items, to: person, organizationNames: names, baseURL: baseURL, settings: links.settings, at: now)
            }
            if mail != nil { sent += 1 }
        }
        return sent
    }

    /// How long the oldest item of a digest waits before the digest goes out: one day.
    static let digestDelay: TimeInterval = 24 * 3600

    /// Runs the work of a notification sent on its own, reporting what goes wrong.
    private func reporting(_ event: String, _ body: () throws -> Void) {
        do { try body() } catch { report(event, error) }
    }

    /// Records each message for its person, delivered as they chose, in the caller's transaction.
    private func send(_ messages: [(Person, NotificationMessage)], in organizationID: Organization.ID, about enrollmentID: Enrollment.ID?,
                      at now: Date, in tx: any Connection) throws {
        let baseURL = installation.configuration.baseURL
        for (person, message) in messages {
            let chosen = try store.notifications.notificationPreference(of: person.id, in: organizationID, in: tx)
            let record = NotificationRecord(organizationID: organizationID, personID: person.id, kind: message.kind,
                                            subject: message.subject, text: message.text, link: message.link,
                                            enrollmentID: enrollmentID, delivery: message.kind.delivery(chosen: chosen), createdAt: now)
            let mail = record.delivery == .immediate ? NotificationMail.single(record, to: person, baseURL: baseURL, settings: links.settings) : nil
            try store.notifications.add(record, mail: mail, in: tx)
        }
    }
}

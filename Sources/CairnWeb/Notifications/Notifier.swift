import CairnCore
import CairnStore
import Foundation

/// Tells people what happened in earning and review, each the way they chose: a mail at once, or
/// an item of their daily digest. Every message is kept too, for the notifications page.
///
/// Call each event method after the change it reports is stored. Each writes its records and mail
/// in one transaction; a failure is logged, never thrown, since what it reports has already happened.
struct Notifier {
    let app: App

    /// To every active assessor who may assess the submission's microcredential (never its author).
    func submissionReceived(_ submission: Submission) {
        reporting("submission received") {
            let organizationID = submission.organizationID
            let title = try app.store.microcredentials.findVersion(submission.versionID, in: organizationID).design.title
            let assessors = Set(try app.store.submissions.assessors(of: submission.microcredentialID, in: organizationID))
            let message = NotificationMessage.submissionReceived(title: title, attempt: submission.attempt)
            let recipients = try app.store.members.members(of: organizationID)
                .filter { $0.has(.assessor) && assessors.contains($0.person.id) && $0.person.id != submission.educatorID }
            try send(recipients.map { ($0.person, message) }, in: organizationID, about: submission.enrollmentID)
        }
    }

    /// To the educator: the assessor decided (earned, not yet, or a pilot attempt reviewed), with a
    /// link to the feedback page.
    func decided(_ review: Review, submission: Submission) {
        reporting("decided") {
            let organizationID = submission.organizationID
            let enrollment = try app.store.enrollments.find(submission.enrollmentID, in: organizationID)
            let title = try app.store.microcredentials.findVersion(submission.versionID, in: organizationID).design.title
            guard let educator = try app.store.members.fetchMember(person: submission.educatorID, organization: organizationID),
                  educator.isActive else { return }
            let message = NotificationMessage.decided(review.decision, title: title, isPilot: enrollment.isPilot,
                                                      feedback: EarningEndpoints.feedback.path(enrollment.id, submission.id))
            try send([(educator.person, message)], in: organizationID, about: enrollment.id)
        }
    }

    /// To the educator and the coaches who cover them: the educator reached the organization's limit of *not yet*.
    func coachNeeded(_ enrollment: Enrollment) {
        reporting("coach needed") {
            let organizationID = enrollment.organizationID
            let members = try app.store.members.members(of: organizationID)
            guard let educator = members.first(where: { $0.person.id == enrollment.educatorID }), educator.isActive else { return }
            let coaches = members.filter { $0.membership.coaches(educator.membership) }.map(\.person)
            let title = try app.store.microcredentials.findVersion(enrollment.versionID, in: organizationID).design.title
            let notYet = try app.store.reviews.decisions(of: enrollment.id, in: organizationID).count { $0 == .notYet }
            let latest = try app.store.submissions.submissions(of: enrollment.id, in: organizationID).last
            let link = latest.map { EarningEndpoints.feedback.path(enrollment.id, $0.id) } ?? EarningEndpoints.workspace.path(enrollment.id)
            var messages = [(educator.person, NotificationMessage.coachNeededForEducator(
                title: title, notYet: notYet, coaches: coaches.map(\.displayName), link: link))]
            messages += coaches.map { ($0, NotificationMessage.coachNeededForCoach(educator: educator.person.displayName, title: title, notYet: notYet)) }
            try send(messages, in: organizationID, about: enrollment.id)
        }
    }

    /// Everything a stored decision sets off: `decided`, then `coachNeeded` when this *not yet* is
    /// the one that reaches `AttemptPolicy.notYetBeforeCoach` (so coaches hear once).
    func afterDecision(review: Review, submission: Submission) {
        decided(review, submission: submission)
        guard review.decision == .notYet else { return }
        reporting("coach check") {
            let organizationID = submission.organizationID
            let notYet = try app.store.reviews.decisions(of: submission.enrollmentID, in: organizationID).count { $0 == .notYet }
            guard try app.store.reviewPolicies.policy(in: organizationID).attempts.needsCoach(notYetCount: notYet),
                  try !app.store.notifications.exists(.coachNeeded, about: submission.enrollmentID, in: organizationID) else { return }
            coachNeeded(try app.store.enrollments.find(submission.enrollmentID, in: organizationID))
        }
    }

    /// Reminds the educators of enrollments quiet for 14 days, once per quiet spell (`StalledRule`); returns how many.
    @discardableResult
    func remindStalled(at now: Date) throws -> Int {
        var reminded = 0
        for enrollment in try app.store.enrollments.needingStalledReminder(at: now) {
            reporting("stalled reminder") {  // one enrollment's failure never stops the others
                let organizationID = enrollment.organizationID
                guard let educator = try app.store.members.fetchMember(person: enrollment.educatorID, organization: organizationID),
                      educator.isActive else { return }
                let title = try app.store.microcredentials.findVersion(enrollment.versionID, in: organizationID).design.title
                try send([(educator.person, .stalledReminder(title: title, link: EarningEndpoints.workspace.path(enrollment.id)))],
                         in: organizationID, about: enrollment.id, at: now)
                reminded += 1
            }
        }
        return reminded
    }

    /// Sends the daily digests that are due: a person's waiting items go out as one mail once the
    /// oldest has waited 24 hours. Returns how many digests were queued.
    @discardableResult
    func sendDigests(at now: Date) throws -> Int {
        let due = try app.store.notifications.peopleDueForDigest(waitingSince: now.addingTimeInterval(-Self.digestDelay))
        guard !due.isEmpty else { return 0 }
        let names = Dictionary(try app.store.organizations.all().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var sent = 0
        for personID in due {
            guard let person = try app.store.members.fetchPerson(personID) else { continue }
            let mail = try app.store.notifications.sendDigest(to: personID, at: now) { items in
                NotificationMail.digest(items, to: person, organizationNames: names, baseURL: app.configuration.baseURL, at: now)
            }
            if mail != nil { sent += 1 }
        }
        return sent
    }

    /// How long the oldest item of a digest waits before the digest goes out: one day.
    static let digestDelay: TimeInterval = 24 * 3600

    /// Runs an event's work, logging what goes wrong.
    private func reporting(_ event: String, _ body: () throws -> Void) {
        do { try body() } catch {
            app.logger.error("notification failed", [("event", event), ("error", "\(error)")])
        }
    }

    /// Records each message for its person, delivered as they chose, in one transaction.
    private func send(_ messages: [(Person, NotificationMessage)], in organizationID: Organization.ID, about enrollmentID: Enrollment.ID,
                      at now: Date? = nil) throws {
        guard !messages.isEmpty else { return }
        let now = now ?? app.clock()
        let store = app.store, baseURL = app.configuration.baseURL
        try store.write { tx in
            for (person, message) in messages {
                let chosen = try store.notifications.notificationPreference(of: person.id, in: organizationID, in: tx)
                let record = NotificationRecord(organizationID: organizationID, personID: person.id, kind: message.kind,
                                                subject: message.subject, text: message.text, link: message.link,
                                                enrollmentID: enrollmentID, delivery: message.kind.delivery(chosen: chosen), createdAt: now)
                let mail = record.delivery == .immediate ? NotificationMail.single(record, to: person, baseURL: baseURL) : nil
                try store.notifications.add(record, mail: mail, in: tx)
            }
        }
    }
}

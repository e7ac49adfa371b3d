import CairnCore

/// What one notification says: its kind, subject, one short paragraph and the page it points to.
package struct NotificationMessage: Equatable, Sendable {
    package let kind: NotificationKind
    package let subject: String
    package let text: String
    /// A path in Cairn; mail makes it absolute.
    package let link: String

    /// To an assessor: a submission waits in the queue. The educator is not named, for
    /// microcredentials that hide names from assessors.
    package static func submissionReceived(title: String, attempt: Int, queue: String) -> NotificationMessage {
        let which = attempt == 1 ? "a first submission" : "attempt \(attempt)"
        return NotificationMessage(kind: .submissionReceived, subject: "A submission is waiting: \(title)", text: """
            An educator sent \(which) for “\(title)”. It is in your review queue whenever you're ready to take it.
            """, link: queue)
    }

    /// To the educator: the assessor decided. A pilot attempt is a review done; otherwise earned or not yet.
    package static func decided(_ decision: Decision, title: String, isPilot: Bool, feedback: String) -> NotificationMessage {
        if isPilot {
            return NotificationMessage(kind: .reviewDone, subject: "Your pilot submission was reviewed: \(title)", text: """
                An assessor reviewed what you sent for the pilot of “\(title)” (\(decision.displayName.lowercased())). \
                Thank you for trying it first: the feedback is waiting for you, criterion by criterion.
                """, link: feedback)
        }
        switch decision {
        case .earned:
            return NotificationMessage(kind: .earned, subject: "You earned “\(title)”", text: """
                Congratulations: an assessor reviewed your evidence and you earned “\(title)”. \
                Have a look at the feedback too; it says what went well, criterion by criterion.
                """, link: feedback)
        case .notYet:
            return NotificationMessage(kind: .notYet, subject: "Feedback on “\(title)”: not yet", text: """
                An assessor reviewed your evidence for “\(title)”. It is not there yet, and that is part of the work: \
                read the feedback, criterion by criterion, improve what it points to and resubmit when you're ready.
                """, link: feedback)
        }
    }

    /// To the educator: an admin awarded them a microcredential directly (a bulk award), with its credential.
    package static func awardedDirectly(title: String, narrative: String?, link: String) -> NotificationMessage {
        let said = narrative.map { " They wrote: \($0)" } ?? ""
        return NotificationMessage(kind: .earned, subject: "You were awarded “\(title)”", text: """
            Congratulations: your organization awarded you “\(title)”.\(said) \
            Your credential is ready: share it, or download it to keep.
            """, link: link)
    }

    /// To the educator who reached the limit of *not yet*: a coach can help, and has been told.
    package static func coachNeededForEducator(title: String, notYet: Int, coaches: [String], link: String) -> NotificationMessage {
        let told = coaches.isEmpty ? "Ask your organization who coaches your school." : "We let \(coaches.joined(separator: ", ")) know."
        return NotificationMessage(kind: .coachNeeded, subject: "A coach can help with “\(title)”", text: """
            You've had \(notYet) “not yet” decisions on “\(title)”. That happens to good teachers: a coach can go \
            through the feedback with you and plan the next attempt. \(told)
            """, link: link)
    }

    /// To a coach: one of their educators reached the limit of *not yet*.
    package static func coachNeededForCoach(educator: String, title: String, notYet: Int, cohort: String) -> NotificationMessage {
        NotificationMessage(kind: .coachNeeded, subject: "\(educator) could use your help with “\(title)”", text: """
            \(educator) has had \(notYet) “not yet” decisions on “\(title)”. A conversation with you before the \
            next attempt could make the difference. Their progress is on your dashboard.
            """, link: cohort)
    }

    /// To the educator: nothing happened on an enrollment for two weeks.
    package static func stalledReminder(title: String, link: String) -> NotificationMessage {
        NotificationMessage(kind: .stalledReminder, subject: "Your work on “\(title)” is waiting for you", text: """
            It has been two weeks since anything happened on “\(title)”. Your evidence is saved just as you left it: \
            pick it up whenever you have a moment.
            """, link: link)
    }

    /// To the educator: an admin changed the status of one of their credentials, with the reason on record.
    package static func credentialStatusChanged(_ status: CredentialStatus, title: String, reason: String, link: String) -> NotificationMessage {
        switch status {
        case .revoked:
            return NotificationMessage(kind: .credentialStatus, subject: "Your credential “\(title)” was revoked", text: """
                Your organization revoked your credential “\(title)”. The reason they gave: \(reason) \
                Anyone who checks it now sees that it is revoked. If you think this is a mistake, contact your organization's admin.
                """, link: link)
        case .suspended:
            return NotificationMessage(kind: .credentialStatus, subject: "Your credential “\(title)” is suspended", text: """
                Your organization suspended your credential “\(title)” for now. The reason they gave: \(reason) \
                Its page shows it as suspended until it is reinstated.
                """, link: link)
        case .active:
            return NotificationMessage(kind: .credentialStatus, subject: "Your credential “\(title)” is reinstated", text: """
                Your organization reinstated your credential “\(title)”. \(reason) It is in force again.
                """, link: link)
        }
    }

    /// To the educator: an admin took one item of their public evidence down, with the reason on record (the kind of
    /// a credential's change of status: it changes what the public sees of the credential).
    package static func evidenceTakenDown(item: String, title: String, reason: String, link: String) -> NotificationMessage {
        NotificationMessage(kind: .credentialStatus, subject: "“\(item)” is no longer shown with your credential", text: """
            Your organization took “\(item)” down from public view on your credential “\(title)”. The reason they gave: \(reason) \
            Your credential is still in force and still names the item, but its address now says it was taken down. \
            If you have questions, contact your organization's admin.
            """, link: link)
    }
}

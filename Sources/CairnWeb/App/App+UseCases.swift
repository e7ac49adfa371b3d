import CairnApp

extension App {
    /// Notifications, their links built from the web's endpoints, their failures logged.
    var notifications: Notifications {
        Notifications(installation: installation, links: .endpoints) { [logger] event, error in
            logger.error("notification failed", [("event", event), ("error", "\(error)")])
        }
    }

    /// Delivering the mail outbox; without a mail server, each message goes to the log (its text, with
    /// its one-time links, only while developing).
    var mailOutbox: MailOutbox {
        let isDevelopment = configuration.environment == .development
        return MailOutbox(installation: installation) { [logger] mail in
            var fields = [("to", mail.to.rawValue), ("subject", mail.subject)]
            if isDevelopment { fields.append(("text", mail.text)) }
            logger.info("mail (no SMTP configured)", fields)
        }
    }

    /// The review policy, for admins.
    var reviewPolicies: ReviewPolicies { ReviewPolicies(installation: installation) }

    /// The hourly tidying up.
    var housekeeping: Housekeeping { Housekeeping(installation: installation) }

    /// Resuming signed-in sessions.
    var sessions: Sessions { Sessions(installation: installation) }

    /// Starting microcredentials and submitting workspaces.
    var earning: Earning { Earning(installation: installation, notifications: notifications) }

    /// Claiming, releasing and deciding reviews.
    var reviewing: Reviewing { Reviewing(installation: installation, notifications: notifications) }

    /// The account page.
    var profiles: Profiles { Profiles(installation: installation) }

    /// The dashboard's page for each role.
    var dashboard: Dashboard { Dashboard(installation: installation) }

    /// Who may open an enrollment's evidence, and the files they may download.
    var evidence: Evidence { Evidence(installation: installation) }
}

extension App {
    /// Creating microcredentials and editing their drafts; the studio's list and editor.
    var designing: Designing { Designing(installation: installation) }

    /// Moving versions through their lifecycle: pilot, publish, retire, revise.
    var publishing: Publishing { Publishing(installation: installation) }

    /// Pathways in the studio: drafts, publishing, retiring.
    var pathways: Pathways { Pathways(installation: installation) }

    /// Pilots: participants, the join link, feedback and the report.
    var piloting: Piloting { Piloting(installation: installation) }

    /// The public catalog and its microcredentials' pages and files.
    var catalog: Catalog { Catalog(installation: installation) }

    /// Assessors scoring a microcredential's exemplars before they review it.
    var calibrating: Calibrating { Calibrating(installation: installation) }

    /// Designers choosing, annotating and removing exemplars.
    var exemplars: Exemplars { Exemplars(installation: installation) }

    /// Blind second scores of decided submissions.
    var secondScores: SecondScores { SecondScores(installation: installation) }

    /// Designers resolving second scores that disagreed with the review.
    var disagreements: Disagreements { Disagreements(installation: installation) }

    /// The members pages, adding people, schools and assessors.
    var members: Members { Members(installation: installation) }

    /// Issued credentials: their pages, sharing, status changes, the issuer's documents, verifying.
    var credentials: Credentials { Credentials(installation: installation, notifications: notifications) }

    /// Admins awarding a microcredential directly to a list of educators.
    var bulkAwarding: BulkAwarding { BulkAwarding(installation: installation, notifications: notifications) }
}

import CairnApp

extension App {
    /// Notifications, their links built from the web's endpoints, their failures logged.
    var notifications: Notifications {
        Notifications(installation: installation, links: .endpoints) { [logger] event, error in
            logger.error("notification failed", [("event", event), ("error", "\(error)")])
        }
    }

    /// Starting microcredentials and submitting workspaces.
    var earning: Earning { Earning(installation: installation, notifications: notifications) }

    /// Claiming, releasing and deciding reviews.
    var reviewing: Reviewing { Reviewing(installation: installation, notifications: notifications) }

    /// The dashboard's page for each role.
    var dashboard: Dashboard { Dashboard(installation: installation) }

    /// Who may open an enrollment's evidence, and the files they may download.
    var evidence: Evidence { Evidence(installation: installation) }
}

extension App {
    /// Assessors scoring a microcredential's exemplars before they review it.
    var calibrating: Calibrating { Calibrating(installation: installation) }

    /// Designers choosing, annotating and removing exemplars.
    var exemplars: Exemplars { Exemplars(installation: installation) }

    /// Blind second scores of decided submissions.
    var secondScores: SecondScores { SecondScores(installation: installation) }

    /// Designers resolving second scores that disagreed with the review.
    var disagreements: Disagreements { Disagreements(installation: installation) }
}

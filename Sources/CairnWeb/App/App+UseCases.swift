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
}

extension App {
    /// The members pages, adding people, schools and assessors.
    var members: Members { Members(installation: installation) }
}

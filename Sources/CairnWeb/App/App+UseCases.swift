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
    /// Creating microcredentials and editing their drafts; the studio's list and editor.
    var designing: Designing { Designing(installation: installation) }

    /// Moving versions through their lifecycle: pilot, publish, retire, revise.
    var publishing: Publishing { Publishing(installation: installation) }

    /// Pilots: participants, the join link, feedback and the report.
    var piloting: Piloting { Piloting(installation: installation) }

    /// The public catalog and its microcredentials' pages and files.
    var catalog: Catalog { Catalog(installation: installation) }
}

import CairnCore
import CairnStore

/// The studio's pages: the list of the organization's microcredentials, the editor, and the
/// image and files the designers see; each in a fixed number of queries.
extension Designing {
    /// The studio's list: every microcredential of the organization with its latest version, by title.
    public struct ListPage: Sendable {
        public let entries: [StudioEntry]
    }

    /// The studio's list, in one query.
    ///
    /// - Throws: `StudioError.notADesigner`.
    public func listPage(by designer: Member) throws -> ListPage {
        try checkDesigner(designer)
        return ListPage(entries: try store.microcredentials.studio(organization: designer.organization.id))
    }

    /// What the editor shows: the microcredential, the version it edits, and the pilot the draft revises.
    public struct EditorPage: Sendable {
        public let microcredential: Microcredential
        /// The latest draft, or the latest version (read-only) when there is no draft.
        public let version: MicrocredentialVersion
        /// The version just before the draft, when it was piloted, with its report.
        public let revisedPilot: RevisedPilot?
    }

    /// A piloted version a draft revises, and what its pilot found.
    public struct RevisedPilot: Sendable {
        public let version: MicrocredentialVersion
        public let report: PilotReport
    }

    /// The editor's page, in one read of two queries (the microcredential with its versions, and the revised pilot's feedback).
    ///
    /// - Throws: what `open` throws.
    public func editorPage(_ id: Microcredential.ID, by designer: Member) throws -> EditorPage {
        try checkDesigner(designer)
        let organizationID = designer.organization.id
        return try store.database.read { tx in
            guard let (microcredential, versions) = try store.microcredentials.withVersions(id, in: organizationID, in: tx)
            else { throw StudioError.microcredentialNotFound }
            let version = Opened(microcredential: microcredential, versions: versions).editable
            var revised: RevisedPilot?
            if version.isEditable, let previous = versions.first(where: { $0.number == version.number - 1 }), previous.pilotStartedAt != nil {
                let feedback = try store.pilots.feedback(for: previous.id, in: organizationID, in: tx)
                revised = RevisedPilot(version: previous, report: PilotReport.make(design: previous.design, feedback: feedback, scores: []))
            }
            return EditorPage(microcredential: microcredential, version: version, revisedPilot: revised)
        }
    }

    /// The image of version `number` (or of the editable version), for its designers.
    ///
    /// - Throws: what `version` throws; `StudioError.fileNotFound` when it has no image.
    public func image(ofVersion number: Int?, of id: Microcredential.ID, by designer: Member) throws -> ServedDesignFile {
        guard let file = DesignFiles(installation: installation).image(of: try version(number, of: id, by: designer).design)
        else { throw StudioError.fileNotFound }
        return file
    }

    /// A file attached to version `number` (or to the editable version), for its designers.
    ///
    /// - Throws: what `version` throws; `StudioError.fileNotFound` when its design lists no such file.
    public func attachment(_ blob: String, ofVersion number: Int?, of id: Microcredential.ID, by designer: Member) throws -> ServedDesignFile {
        guard let file = DesignFiles(installation: installation).attachment(blob, of: try version(number, of: id, by: designer).design)
        else { throw StudioError.fileNotFound }
        return file
    }
}

import CairnCore
import CairnStore
import Foundation

/// Designing microcredentials in the studio: creating one (blank, imported or duplicated), reading
/// one with its versions, and saving its draft's design; only the organization's designers may.
public struct Designing: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    var store: Store { installation.store }

    /// A microcredential of the designer's organization with its versions, oldest first (never empty).
    public struct Opened: Sendable {
        public let microcredential: Microcredential
        public let versions: [MicrocredentialVersion]

        /// The highest-numbered version, in whatever state.
        public var latest: MicrocredentialVersion { versions[versions.count - 1] }
        /// The version the editor works on: the latest draft, else the latest version.
        public var editable: MicrocredentialVersion { versions.last { $0.state == .draft } ?? latest }
        /// The version in pilot, if one is.
        public var inPilot: MicrocredentialVersion? { versions.last { $0.state == .pilot } }
    }

    /// The microcredential with its versions, in one query.
    ///
    /// - Throws: `StudioError.notADesigner`; `.microcredentialNotFound` for another organization's or an unknown id.
    public func open(_ id: Microcredential.ID, by designer: Member) throws -> Opened {
        try checkDesigner(designer)
        guard let (microcredential, versions) = try store.database.read({ tx in
            try store.microcredentials.withVersions(id, in: designer.organization.id, in: tx)
        }) else { throw StudioError.microcredentialNotFound }
        return Opened(microcredential: microcredential, versions: versions)
    }

    /// The version `number` names, or the editable one when `number` is nil.
    ///
    /// - Throws: what `open` throws; `StudioError.versionNotFound` for a number the microcredential does not have.
    public func version(_ number: Int?, of id: Microcredential.ID, by designer: Member) throws -> MicrocredentialVersion {
        let opened = try open(id, by: designer)
        guard let number else { return opened.editable }
        guard let version = opened.versions.first(where: { $0.number == number }) else { throw StudioError.versionNotFound }
        return version
    }

    /// Creates a microcredential of the designer's organization, version 1 a draft of `design`, with
    /// a free slug made from its title (checked and taken in one transaction).
    ///
    /// - Throws: `StudioError.notADesigner`.
    public func create(_ design: Design, by designer: Member) throws -> MicrocredentialVersion {
        try checkDesigner(designer)
        return try store.database.write { tx in
            try store.microcredentials.create(try newMicrocredential(titled: design.title, by: designer, in: tx), design: design, in: tx)
        }
    }

    /// A copy made by `duplicate`: the new draft, and the microcredential it was copied from.
    public struct Duplicated: Sendable {
        public let copy: MicrocredentialVersion
        public let source: Microcredential
    }

    /// Makes a new microcredential (a draft) from a copy of the latest version's design, titled "Copy of …".
    ///
    /// - Throws: what `open` throws.
    public func duplicate(_ id: Microcredential.ID, by designer: Member) throws -> Duplicated {
        let source = try open(id, by: designer)
        var design = source.latest.design
        design.title = String("Copy of \(design.title)".prefix(200))
        return Duplicated(copy: try create(design, by: designer), source: source.microcredential)
    }

    /// Saves `design` into the draft `version` was read as; only a draft changes, and only when nobody saved it meanwhile.
    ///
    /// - Throws: `StudioError.notADesigner`; `LifecycleError.notADraft` once the version left draft,
    ///   `.draftChangedMeanwhile` when someone else saved it since it was read.
    public func saveDraft(_ design: Design, into version: MicrocredentialVersion, by designer: Member) throws {
        try checkDesigner(designer)
        var edited = version
        try edited.edit { $0 = design }
        try store.microcredentials.saveDraft(edited, basedOn: version.design, in: designer.organization.id)
    }

    /// Keeps an uploaded file (a design's image or attachment) in the blob store; returns its reference.
    ///
    /// - Throws: `StudioError.notADesigner`; the blob store's error when the file cannot be read or written.
    public func keepFile(at path: String, by designer: Member) throws -> BlobReference {
        try checkDesigner(designer)
        return try installation.blobs.put(fileAt: path)
    }

    /// A new microcredential of the designer's organization named after `title`, its slug not yet taken there.
    private func newMicrocredential(titled title: String, by designer: Member, in tx: any Connection) throws -> Microcredential {
        let base = Microcredential.suggestedSlug(for: title)
        let stem = String(base.prefix(55))
        let taken = try store.microcredentials.slugs(startingWith: stem, in: designer.organization.id, in: tx)
        var slug = base, suffix = 2
        while taken.contains(slug) {
            slug = "\(stem)-\(suffix)"
            suffix += 1
        }
        return Microcredential(organizationID: designer.organization.id, slug: slug, createdAt: installation.clock(),
                               createdBy: designer.person.id)
    }

    /// Refuses anyone but an active designer.
    func checkDesigner(_ member: Member) throws(StudioError) {
        guard member.has(.designer) else { throw .notADesigner }
    }
}

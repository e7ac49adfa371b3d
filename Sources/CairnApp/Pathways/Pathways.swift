import CairnCore
import CairnStore
import Foundation

/// Designing pathways in the studio: the organization's pathways, creating and editing a draft,
/// publishing and retiring; only the organization's designers may.
public struct Pathways: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    var store: Store { installation.store }

    /// The organization's pathways in every state, by title, in one read.
    ///
    /// - Throws: `StudioError.notADesigner`.
    public func list(by designer: Member) throws -> [Pathway] {
        try checkDesigner(designer)
        return try store.pathways.all(in: designer.organization.id)
    }

    /// A pathway being edited, with the microcredentials a designer may put in it.
    public struct Opened: Sendable {
        /// The pathway, with what the catalog shows of its components.
        public let entry: PathwayCatalogEntry
        /// The organization's microcredentials, for choosing components.
        public let choices: [StudioEntry]
    }

    /// The microcredentials a new pathway may be made of: every one of the organization's (a draft may
    /// name one still in design; publishing needs them published).
    ///
    /// - Throws: `StudioError.notADesigner`.
    public func choices(by designer: Member) throws -> [StudioEntry] {
        try checkDesigner(designer)
        return try store.microcredentials.studio(organization: designer.organization.id)
    }

    /// The pathway with its components and the microcredentials to choose from, in two reads.
    ///
    /// - Throws: `StudioError.notADesigner`; `PathwayError.notFound` outside the organization.
    public func open(_ id: Pathway.ID, by designer: Member) throws -> Opened {
        try checkDesigner(designer)
        let organizationID = designer.organization.id
        guard let entry = try store.database.read({ tx in try store.pathways.entry(id, in: organizationID, in: tx) }) else {
            throw PathwayError.notFound
        }
        return Opened(entry: entry, choices: try store.microcredentials.studio(organization: organizationID))
    }

    /// What a designer writes of a pathway: everything but its life (state, dates, author).
    public struct Draft: Sendable, Equatable {
        /// The address; empty to make one from the title.
        public var slug: String
        public var title: String
        public var summary: String
        public var isOrdered: Bool
        public var groups: [PathwayGroup]

        public init(slug: String = "", title: String, summary: String = "", isOrdered: Bool = false, groups: [PathwayGroup] = []) {
            (self.slug, self.title, self.summary, self.isOrdered, self.groups) = (slug, title, summary, isOrdered, groups)
        }
    }

    /// Creates a draft pathway of the designer's organization.
    ///
    /// - Throws: `StudioError.notADesigner`; `PathwayRefusal` with every problem, nothing saved.
    public func create(_ draft: Draft, by designer: Member) throws -> Pathway {
        try checkDesigner(designer)
        let pathway = Pathway(organizationID: designer.organization.id, slug: Self.slug(of: draft), title: Self.trimmed(draft.title),
                              summary: Self.trimmed(draft.summary), isOrdered: draft.isOrdered, groups: Self.trimmed(draft.groups),
                              createdAt: installation.clock(), createdBy: designer.person.id)
        try store.pathways.create(pathway)
        return pathway
    }

    /// Saves a draft's address, title, summary, order and groups (replaced whole).
    ///
    /// - Throws: `StudioError.notADesigner`; `PathwayError.notFound` outside the organization,
    ///   `.notADraft` once published; `PathwayRefusal` with every problem, nothing saved.
    @discardableResult
    public func save(_ id: Pathway.ID, _ draft: Draft, by designer: Member) throws -> Pathway {
        try checkDesigner(designer)
        guard var pathway = try store.pathways.fetch(id, in: designer.organization.id) else { throw PathwayError.notFound }
        guard pathway.state == .draft else { throw PathwayError.notADraft(pathway.state) }
        pathway.slug = Self.slug(of: draft)
        pathway.title = Self.trimmed(draft.title)
        pathway.summary = Self.trimmed(draft.summary)
        pathway.isOrdered = draft.isOrdered
        pathway.groups = Self.trimmed(draft.groups)
        do {
            try store.pathways.saveDraft(pathway)
        } catch let error as DatabaseError where error.kind == .notFound { throw PathwayError.notFound }
        return pathway
    }

    /// Publishes a draft, checked against the catalog as it is now.
    ///
    /// - Throws: `StudioError.notADesigner`; `PathwayError.hasProblems` with what to fix,
    ///   `.illegalTransition` when it is not a draft, `.notFound` outside the organization.
    @discardableResult
    public func publish(_ id: Pathway.ID, by designer: Member) throws -> Pathway {
        try checkDesigner(designer)
        do {
            defer { installation.publicStamps.forget() }
            return try store.pathways.publish(id, at: installation.clock(), in: designer.organization.id)
        } catch let error as DatabaseError where error.kind == .notFound { throw PathwayError.notFound }
    }

    /// Takes a published pathway out of the catalog; credentials already issued for it stay.
    ///
    /// - Throws: `StudioError.notADesigner`; `PathwayError.illegalTransition` when it is not published,
    ///   `.notFound` outside the organization.
    @discardableResult
    public func retire(_ id: Pathway.ID, by designer: Member) throws -> Pathway {
        try checkDesigner(designer)
        do {
            defer { installation.publicStamps.forget() }
            return try store.pathways.retire(id, at: installation.clock(), in: designer.organization.id)
        } catch let error as DatabaseError where error.kind == .notFound { throw PathwayError.notFound }
    }

    // MARK: Helpers

    private func checkDesigner(_ member: Member) throws(StudioError) {
        guard member.has(.designer) else { throw .notADesigner }
    }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    private static func trimmed(_ groups: [PathwayGroup]) -> [PathwayGroup] {
        groups.map { group in
            var group = group
            group.title = trimmed(group.title)
            return group
        }
    }

    /// The address asked for, or one made from the title when none was.
    private static func slug(of draft: Draft) -> String {
        let asked = trimmed(draft.slug).lowercased()
        return asked.isEmpty ? Microcredential.suggestedSlug(for: draft.title) : asked
    }
}

import CairnCore
import CairnStore
import Foundation

/// Moving a microcredential's versions through their lifecycle: a draft goes to pilot or is
/// published, a version is retired, and a version that left draft is revised into the next draft.
/// Only the organization's designers may; each step is one transaction.
public struct Publishing: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }
    private var designing: Designing { Designing(installation: installation) }

    /// A lifecycle step taken: the microcredential and its version as the step left it.
    public struct Moved: Sendable {
        public let microcredential: Microcredential
        public let version: MicrocredentialVersion
    }

    /// Moves the latest version to `state` (to retire, the version in the catalog or in pilot, when a
    /// revision is in progress). Publishing retires the earlier published versions in the same transaction.
    ///
    /// - Throws: what `Designing.open` throws; `LifecycleError` when the move is illegal or the design
    ///   has checker errors (nothing is changed).
    public func move(_ id: Microcredential.ID, to state: LifecycleState, by designer: Member) throws -> Moved {
        let opened = try designing.open(id, by: designer)
        let target = state == .retired
            ? (opened.versions.last { $0.state == .published || $0.state == .pilot } ?? opened.latest)
            : opened.latest
        let moved = try store.microcredentials.transition(target.id, to: state, at: installation.clock(), in: designer.organization.id)
        installation.publicStamps.forget()
        return Moved(microcredential: opened.microcredential, version: moved)
    }

    /// Opens the next draft from the latest version, with a note saying what it changes; a pilot
    /// being revised ends (is retired) in the same transaction.
    ///
    /// - Throws: what `Designing.open` throws; `LifecycleError.cannotReviseADraft`, `.draftAlreadyExists`.
    public func revise(_ id: Microcredential.ID, changeNote: String, by designer: Member) throws -> Moved {
        let opened = try designing.open(id, by: designer)
        let next = try store.microcredentials.createNextDraft(from: opened.latest.id, changeNote: changeNote, at: installation.clock(),
                                                             in: designer.organization.id)
        installation.publicStamps.forget()
        return Moved(microcredential: opened.microcredential, version: next)
    }
}

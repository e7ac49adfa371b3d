import Foundation

/// One version: a design plus where it is in its life. A version that has left draft never changes its design.
public struct MicrocredentialVersion: Hashable, Sendable, Identifiable {
    public typealias ID = CairnCore.ID<MicrocredentialVersion>
    public let id: ID
    public let microcredentialID: Microcredential.ID
    /// 1, 2, … in the order the versions were made.
    public let number: Int
    public private(set) var state: LifecycleState
    public private(set) var design: Design
    /// Why this version differs from the previous one (nil for the first).
    public var changeNote: String?
    public let createdAt: Date
    public private(set) var pilotStartedAt: Date?
    public private(set) var publishedAt: Date?
    public private(set) var retiredAt: Date?

    /// A version as stored; a new one is usually a draft (the defaults).
    public init(id: ID = .generate(), microcredentialID: Microcredential.ID, number: Int, state: LifecycleState = .draft,
                design: Design, changeNote: String? = nil, createdAt: Date,
                pilotStartedAt: Date? = nil, publishedAt: Date? = nil, retiredAt: Date? = nil) {
        self.id = id
        self.microcredentialID = microcredentialID
        self.number = number
        self.state = state
        self.design = design
        self.changeNote = changeNote
        self.createdAt = createdAt
        self.pilotStartedAt = pilotStartedAt
        self.publishedAt = publishedAt
        self.retiredAt = retiredAt
    }

    /// Whether the design may still change.
    public var isEditable: Bool { state == .draft }

    /// Changes the design; only a draft's.
    ///
    /// - Throws: `LifecycleError.notADraft` with the current state, leaving the design as it was.
    public mutating func edit(_ change: (inout Design) -> Void) throws(LifecycleError) {
        guard state == .draft else { throw .notADraft(state) }
        change(&design)
    }

    /// Moves to another state and stamps the time of the move.
    ///
    /// Piloting and publishing need `check.errors` to be empty (warnings do not block). Reaching
    /// the pilot stamps `pilotStartedAt`, publishing `publishedAt`, retiring `retiredAt`.
    ///
    /// - Throws: `LifecycleError.illegalTransition` for a move not in `LifecycleState.nextStates`,
    ///   `.designHasErrors` when the check found errors.
    public mutating func transition(to next: LifecycleState, at now: Date, check: DesignCheck) throws(LifecycleError) {
        guard state.canMove(to: next) else { throw .illegalTransition(from: state, to: next) }
        if next == .pilot || next == .published, !check.errors.isEmpty { throw .designHasErrors(count: check.errors.count) }
        state = next
        switch next {
        case .draft: break
        case .pilot: pilotStartedAt = now
        case .published: publishedAt = now
        case .retired: retiredAt = now
        }
    }

    /// The next version's draft: the same design, number `number + 1`, with a note saying why it changes.
    ///
    /// The repository numbers it after the microcredential's latest version; this version is left as it is.
    ///
    /// - Throws: `LifecycleError.cannotReviseADraft` when this version is itself a draft (edit it instead).
    public func nextDraft(id: ID = .generate(), number: Int? = nil, changeNote: String?, at now: Date) throws(LifecycleError) -> MicrocredentialVersion {
        guard state != .draft else { throw .cannotReviseADraft }
        let note = changeNote?.trimmingCharacters(in: .whitespacesAndNewlines)
        return MicrocredentialVersion(id: id, microcredentialID: microcredentialID, number: number ?? self.number + 1,
                                      design: design, changeNote: note?.isEmpty == false ? note : nil, createdAt: now)
    }
}

import Foundation

/// One item of a submission's public evidence: a chosen item of the snapshot, with the requirement it
/// answers, numbered from 1 in the design's order (its number is part of its public address).
public struct PublicEvidence: Hashable, Sendable {
    public let number: Int
    public let requirement: EvidenceRequirement
    public let item: EvidenceItem
    /// When the educator withdrew it from public view (the signed credential still names it).
    public let withdrawnAt: Date?
    /// When, by whom and why an admin of the issuing organization took it down (the signed credential still names it).
    public let takedown: PublicEvidenceTakedown?

    public init(number: Int, requirement: EvidenceRequirement, item: EvidenceItem, withdrawnAt: Date?,
                takedown: PublicEvidenceTakedown? = nil) {
        (self.number, self.requirement, self.item, self.withdrawnAt, self.takedown) = (number, requirement, item, withdrawnAt, takedown)
    }

    /// Whether its educator withdrew it from public view.
    public var isWithdrawn: Bool { withdrawnAt != nil }
    /// Whether an admin took it down.
    public var isTakenDown: Bool { takedown != nil }
    /// Whether the public still sees it: neither withdrawn nor taken down.
    public var isShown: Bool { !isWithdrawn && !isTakenDown }

    /// The chosen items of a snapshot, in its order; items not chosen, and choices for requirements
    /// the snapshot does not hold, are left out.
    public static func list(_ snapshot: EvidenceSnapshot, design: Design, choices: [PublicEvidenceChoice]) -> [PublicEvidence] {
        let chosen = Dictionary(choices.map { ($0.requirementID, $0) }, uniquingKeysWith: { first, _ in first })
        var number = 0
        return snapshot.items.compactMap { item in
            guard let choice = chosen[item.requirementID], let requirement = design.requirement(item.requirementID) else { return nil }
            number += 1
            return PublicEvidence(number: number, requirement: requirement, item: item, withdrawnAt: choice.withdrawnAt,
                                  takedown: choice.takedown)
        }
    }

    /// Whether an enrollment's choices may change: until it is earned (the credential then names them).
    public static func choicesOpen(_ status: EnrollmentStatus) -> Bool { status != .earned }

    /// Whether an item may be chosen to be shown: only while the workspace is what a submission will
    /// copy (in progress, or after a *not yet*). While an attempt waits for its decision, the copy
    /// the credential would show is the submitted one, which the workspace may no longer match.
    public static func mayChooseToShow(_ status: EnrollmentStatus) -> Bool { status == .inProgress || status == .notYet }
}

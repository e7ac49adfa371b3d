import Foundation

/// An assessor's queue as it is listed: the claims they hold, the submissions that have waited
/// longest (at most a page's worth, however long the queue), and how many wait in all.
public struct AssessorQueue: Hashable, Sendable {
    /// The submissions whose claim the assessor holds, oldest first.
    public let claimed: [QueueEntry]
    /// The longest-waiting submissions the assessor may claim, oldest first.
    public let waiting: [QueueEntry]
    /// How many submissions the assessor may claim, listed or not.
    public let waitingCount: Int

    public init(claimed: [QueueEntry], waiting: [QueueEntry], waitingCount: Int) {
        self.claimed = claimed
        self.waiting = waiting
        self.waitingCount = waitingCount
    }

    /// Every listed entry in queue order: oldest first, the assessor's claims among the others.
    public var entries: [QueueEntry] {
        (claimed + waiting).sorted(by: QueueEntry.inQueueOrder)
    }

    /// The longest any listed submission the assessor may claim has waited.
    public var oldestWaitingAge: TimeInterval? { waiting.first?.age }
}

import CairnSync

/// The public pages' stamps this process read lately, by organization slug: a stamp is trusted
/// for `lifetime` (a change another server makes shows within it), and forgotten at once when a
/// use case of this process publishes, retires or revises (decision 0010).
package final class PublicStamps: Sendable {
    private let lifetime: Duration
    private let kept = ReadMostly<[String: KeptRead<Catalog.Stamped>]>([:])

    package init(lifetime: Duration) { self.lifetime = lifetime }

    /// The kept stamp of `slug` while it is fresh, else what `read` returns (kept when found).
    func stamped(_ slug: String, read: () throws -> Catalog.Stamped?) throws -> Catalog.Stamped? {
        let now = ContinuousClock.now
        if let known = kept.read({ $0[slug] }), now - known.readAt < lifetime { return known.value }
        guard let fresh = try read() else { return nil }
        if lifetime > .zero {
            let entry = KeptRead(fresh, readAt: now)
            kept.write { stamps in
                if stamps.count >= 1024 { stamps.removeAll() }  // slugs that do not exist are not kept; this bounds the rest
                stamps[slug] = entry
            }
        }
        return fresh
    }

    /// Drops every kept stamp: the next request of each public page reads it again.
    func forget() {
        kept.write { $0.removeAll() }
    }
}

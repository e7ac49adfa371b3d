import CairnCore
import CairnStore
import CairnSync
import Foundation

/// What the public credential URLs read, kept briefly in this process (decision 0010's rule): a
/// shared credential and an organization's revocation list state are trusted for `lifetime` (a change
/// another server makes shows within it) and forgotten at once when this process changes them; a
/// signed revocation list is kept until its organization's status stamp moves.
package final class CredentialReads: Sendable {
    private let lifetime: Duration
    private let credentials = ReadMostly<[IssuedCredential.ID: KeptRead<IssuedCredential>]>([:])
    private let states = ReadMostly<[String: KeptRead<StatusListState>]>([:])
    private let signedLists = ReadMostly<[String: (stamp: Date, body: String)]>([:])
    /// The most entries of each kind kept: beyond it, the oldest are all dropped.
    private static let limit = 4_096

    package init(lifetime: Duration) { self.lifetime = lifetime }

    /// The kept credential while fresh, else what `read` returns (kept when found and shared).
    func sharedCredential(_ id: IssuedCredential.ID, read: () throws -> IssuedCredential?) throws -> IssuedCredential? {
        let now = ContinuousClock.now
        if let known = credentials.read({ $0[id] }), now - known.readAt < lifetime { return known.value }
        guard let fresh = try read() else { return nil }
        if lifetime > .zero, fresh.isShared {
            let entry = KeptRead(fresh, readAt: now)
            credentials.write { kept in
                if kept.count >= Self.limit { kept.removeAll() }
                kept[id] = entry
            }
        }
        return fresh
    }

    /// The kept state of an organization's lists while fresh, else what `read` returns (then kept).
    func statusListState(_ slug: String, read: () throws -> StatusListState?) throws -> StatusListState? {
        let now = ContinuousClock.now
        if let known = states.read({ $0[slug] }), now - known.readAt < lifetime { return known.value }
        guard let fresh = try read() else { return nil }
        if lifetime > .zero {
            let entry = KeptRead(fresh, readAt: now)
            states.write { kept in
                if kept.count >= Self.limit { kept.removeAll() }
                kept[slug] = entry
            }
        }
        return fresh
    }

    /// The kept signed body of a list made at `stamp`, else what `make` returns (then kept).
    func signedList(organization: Organization.ID, list: Int, stamp: Date, make: () throws -> String) throws -> String {
        let key = organization.rawValue + "/" + String(list)
        if let known = signedLists.read({ $0[key] }), known.stamp == stamp { return known.body }
        let body = try make()
        signedLists.write { kept in
            if kept.count >= Self.limit { kept.removeAll() }
            kept[key] = (stamp, body)
        }
        return body
    }

    /// Forgets a credential and every list state: this process changed a status or a sharing.
    func forget(_ id: IssuedCredential.ID) {
        _ = credentials.write { $0.removeValue(forKey: id) }
        forgetListStates()
    }

    /// Forgets every list state: this process changed what signs the lists (a new key).
    func forgetListStates() {
        states.write { $0.removeAll() }
    }
}

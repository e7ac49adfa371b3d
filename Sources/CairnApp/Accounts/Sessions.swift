import CairnCore
import CairnStore
import Foundation

/// Resuming a signed-in session from its cookie on every request.
public struct Sessions: Sendable {
    let installation: Installation

    public init(installation: Installation) { self.installation = installation }

    private var store: Store { installation.store }

    /// A live session with its member and every organization the person belongs to.
    public struct Resumed: Sendable {
        public let member: Member
        public let session: Session
        /// The organizations of the person's active memberships (the organization switcher).
        public let organizations: [Organization]
    }

    /// The session behind a cookie's token, touched when its last use is old enough; nil when the
    /// session expired or its membership is no longer active.
    ///
    /// A full or read-only disk does not sign anyone out: the touch waits for a later request.
    public func resume(token: String) throws -> Resumed? {
        let now = installation.clock()
        let id = Session.ID(rawValue: Crypto.sha256Hex(token))
        // One read: the session and the person's memberships.
        let found = try store.database.read { tx -> (Session, [Member])? in
            guard let session = try store.sessions.fetch(id, at: now, in: tx) else { return nil }
            return (session, try store.members.memberships(of: session.personID, in: tx))
        }
        guard var (session, memberships) = found else { return nil }
        memberships = memberships.filter(\.isActive)
        guard let member = memberships.first(where: { $0.organization.id == session.organizationID }) else { return nil }
        if session.needsTouch(at: now) {
            do {
                session = try store.sessions.touch(session, at: now)
            } catch let error where StoreFailure(error)?.isDisk == true {
                // Reading goes on; the touch is tried again on the next request.
            }
        }
        return Resumed(member: member, session: session, organizations: memberships.map(\.organization))
    }
}

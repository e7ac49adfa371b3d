import CairnCore
import CairnStore
import Foundation

/// A session after sign-in: signing out, and working in another of the person's organizations.
extension SignIns {
    /// Ends the session: its cookie no longer signs anyone in.
    public func signOut(_ session: Session.ID) throws {
        try installation.store.sessions.delete(session)
    }

    /// Moves the session to another organization where the person is an active member; returns it,
    /// or nil (nothing changes) when they are not an active member there.
    public func switchOrganization(_ session: Session.ID, of person: Person.ID, to id: Organization.ID) throws -> Organization? {
        let store = installation.store
        guard let target = try store.members.fetchMember(person: person, organization: id), target.isActive else { return nil }
        try store.sessions.switchOrganization(session, to: id)
        return target.organization
    }
}

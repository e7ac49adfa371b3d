import CairnCore

extension Member {
    /// Refuses anyone but an active admin of their organization (the members, review policy and agreement pages).
    func checkAdmin() throws(MemberAdministrationError) {
        guard isActive, has(.admin) else { throw .notAnAdmin }
    }
}

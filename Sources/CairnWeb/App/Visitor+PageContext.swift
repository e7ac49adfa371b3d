import CairnCore
import CairnHTTP

extension Visitor {
    /// What the layout needs to know about this request.
    func pageContext(isDevelopment: Bool) -> PageContext {
        PageContext(
            organizationName: member?.organization.name,
            viewer: member.map { Viewer(name: $0.person.displayName, roles: $0.roles) },
            csrfToken: csrfToken,
            flash: request[FlashKey.self] ?? [],
            currentPath: request.path,
            isDevelopment: isDevelopment)
    }
}

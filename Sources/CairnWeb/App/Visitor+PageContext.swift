import CairnCore
import CairnHTTP

extension Visitor {
    /// What the layout needs to know about this request.
    ///
    /// - Parameter publicOrganization: on a public page, the organization it belongs to.
    func pageContext(isDevelopment: Bool, publicOrganization: Organization? = nil) -> PageContext {
        PageContext(
            organizationName: member?.organization.name,
            organizationSlug: member?.organization.slug,
            publicOrganization: publicOrganization.map { PublicOrganization(name: $0.name, slug: $0.slug) },
            viewer: member.map { Viewer(name: $0.person.displayName, roles: $0.roles, isOperator: $0.person.isOperator) },
            token: { [request] in request[CSRFTokenKey.self]?.value ?? "" },
            flash: request[FlashKey.self] ?? [],
            currentPath: request.path,
            isDevelopment: isDevelopment)
    }
}

import CairnHTML

/// One organization's public catalog, as the home page lists it.
public struct OrganizationLink: Sendable, Hashable {
    public var name: String
    public var catalogPath: String

    public init(name: String, catalogPath: String) {
        self.name = name
        self.catalogPath = catalogPath
    }
}

/// The home page of a visitor when the installation serves several organizations: each one's
/// public catalog, and a way to sign in.
public struct OrganizationsPage: HTML {
    let context: PageContext
    let organizations: [OrganizationLink]

    public init(context: PageContext, organizations: [OrganizationLink]) {
        self.context = context
        self.organizations = organizations
    }

    public var body: some HTML {
        Layout(title: "Microcredentials for educators", context: context,
               lead: "Browse what each organization offers: every microcredential shows its evidence requirements and the rubric it is judged by.") {
            section(.aria(.labelledby, "organizations-heading")) {
                h2(.id("organizations-heading")) { "Catalogs" }
                ul(.class("plain-list")) {
                    for organization in organizations {
                        li { a(.href(organization.catalogPath)) { organization.name } }
                    }
                }
            }
            p { "Already a member? "; a(.href(AccountEndpoints.signIn.path())) { "Sign in" }; " to work on your microcredentials." }
        }
    }
}

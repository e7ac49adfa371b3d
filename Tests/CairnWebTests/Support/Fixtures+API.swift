@testable import CairnApp
import CairnCore
import CairnHTML
@testable import CairnWeb
import Foundation

/// The Open Badges API's pages for the view tests: the consent page and "Connected apps and tokens".
extension Fixtures {
    static let backpack = OAuthClient(
        id: "client-1", secretHash: "", name: "Backpack", clientURI: "https://backpack.example", logoURI: "https://backpack.example/l.png",
        tosURI: "https://backpack.example/tos", policyURI: "https://backpack.example/privacy", softwareID: "backpack",
        softwareVersion: "2.1", redirectURIs: ["https://backpack.example/callback"], scopes: .granted, contacts: [], createdAt: published)

    static var apiPages: [(String, String)] {
        let educator = context(roles: [.educator], path: "/account/apps")
        let person = Person(email: try! EmailAddress("jordan@riverbend.example"), displayName: "Jordan Ellis", createdAt: published)
        let organization = Organization(name: "Riverbend Unified School District", slug: "riverbend", createdAt: published)
        let member = Member(person: person, membership: Membership(organizationID: organization.id, personID: person.id, roles: [.educator],
                                                                   createdAt: published), organization: organization)
        let request = OAuthAuthorizing.Request(responseType: "code", clientID: backpack.id, redirectURI: "https://backpack.example/callback",
                                               scope: APIScopes.granted.text, state: "s\"<1>", codeChallenge: "c", codeChallengeMethod: "S256")
        let tokens = [PersonalAccessToken(tokenHash: "", name: "Portfolio export", scopes: .granted, personID: person.id,
                                          organizationID: organization.id, createdAt: published, lastUsedAt: published)]
        let page = APIConnections.Page(apps: [ConnectedApp(client: backpack, scopes: .granted, since: published)], tokens: tokens)
        return [
            ("consent", ConsentPage(context: context(roles: [.educator], path: "/ims/ob/v3p0/auth/authorize"),
                                    consent: OAuthAuthorizing.Consent(client: backpack, scopes: .granted, request: request),
                                    member: member).render()),
            ("connected-apps", ConnectedAppsPage(context: educator, page: page).render()),
            ("connected-apps-new-token", ConnectedAppsPage(context: educator, page: page,
                                                           created: ("Portfolio export", "cairn_pat_secret")).render()),
            ("connected-apps-empty-with-error", ConnectedAppsPage(context: educator, page: APIConnections.Page(apps: [], tokens: []),
                                                                  name: "", scopes: [APIScope.profileReadonly.rawValue], errors: {
                var errors = FormErrors()
                errors.add(PersonalAccessTokenError.nameRequired.message, for: "name")
                return errors
            }()).render()),
        ]
    }
}

import CairnApp
import CairnCore
import CairnHTML

/// "Connected apps and tokens": the apps the educator let read their credentials or profile (each
/// with a button to disconnect it), their personal access tokens for scripts (each with a button
/// to revoke it), and the form that makes a new token, whose secret is shown once, right here.
struct ConnectedAppsPage: HTML {
    let context: PageContext
    let page: APIConnections.Page
    /// A token just made: its name and its secret, shown this once.
    let created: (name: String, secret: String)?
    let name: String
    let scopes: Set<String>
    let errors: FormErrors

    init(context: PageContext, page: APIConnections.Page, created: (name: String, secret: String)? = nil, name: String = "",
         scopes: Set<String> = [], errors: FormErrors = FormErrors()) {
        self.context = context
        self.page = page
        self.created = created
        self.name = name
        self.scopes = scopes
        self.errors = errors
    }

    static let scopeChoices = APIScope.allCases.filter(\.isGranted).map { Choice(value: $0.rawValue, label: $0.summary) }

    var body: some HTML {
        Layout(title: "Connected apps and tokens", context: context, width: .narrow,
               lead: "Apps and scripts that read your credentials through the Open Badges API. None of them can change anything.") {
            p(.class("breadcrumb")) { a(.href(AccountEndpoints.account.path())) { "Your account" } }
            if let created {
                section(.class("flash flash--success"), .aria(.labelledby, "new-token-heading")) {
                    h2(.id("new-token-heading")) { "Your new token “\(created.name)”" }
                    p { "Copy it now: Cairn keeps only a fingerprint of it and cannot show it again." }
                    p { code(.id("new-token")) { created.secret } }
                }
            }
            section(.aria(.labelledby, "apps-heading")) {
                h2(.id("apps-heading")) { "Connected apps" }
                if page.apps.isEmpty {
                    p(.class("empty-state")) { "No app is connected." }
                } else {
                    ul(.class("stack")) {
                        for connected in page.apps {
                            li {
                                strong { connected.client.name }
                                " (\(connected.client.clientURI)) since "
                                DateText(connected.since)
                                ": "
                                connected.scopes.sorted.map(\.summary).joined(separator: "; ")
                                PostForm(action: APISettingsEndpoints.disconnect.path(connected.client.id), csrfToken: context.csrfToken) {
                                    SubmitButton("Disconnect \(connected.client.name)", style: .danger)
                                }
                            }
                        }
                    }
                }
            }
            section(.aria(.labelledby, "tokens-heading")) {
                h2(.id("tokens-heading")) { "Personal access tokens" }
                p { "For your own scripts: send the token as Authorization: Bearer to the Open Badges API." }
                if page.tokens.isEmpty {
                    p(.class("empty-state")) { "You have no tokens." }
                } else {
                    ul(.class("stack")) {
                        for token in page.tokens {
                            li {
                                strong { token.name }
                                ", made "
                                DateText(token.createdAt)
                                if let used = token.lastUsedAt {
                                    ", last used "
                                    DateText(used)
                                } else {
                                    ", never used"
                                }
                                ": "
                                token.scopes.sorted.map(\.summary).joined(separator: "; ")
                                PostForm(action: APISettingsEndpoints.revokeToken.path(token.id), csrfToken: context.csrfToken) {
                                    SubmitButton("Revoke \(token.name)", style: .danger)
                                }
                            }
                        }
                    }
                }
                ErrorSummary(errors)
                PostForm(action: APISettingsEndpoints.createToken.path(), csrfToken: context.csrfToken, class: "stack") {
                    TextField(label: "Name", name: "name", value: name, hint: "What will use it, such as “Portfolio export”.",
                              error: errors["name"])
                    CheckboxGroup(legend: "It may", name: "scopes", choices: Self.scopeChoices, selected: scopes, error: errors["scopes"])
                    SubmitButton("Make a token")
                }
            }
        }
    }
}

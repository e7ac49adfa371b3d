import CairnApp
import CairnCore
import CairnHTML

/// Asks the signed-in educator whether an app may read what it asks for: the app's name and
/// links, each scope in plain words, and approve or deny. The authorization request rides along
/// in hidden fields, checked again when the answer comes back.
struct ConsentPage: HTML {
    let context: PageContext
    let consent: OAuthAuthorizing.Consent
    let member: Member

    var body: some HTML {
        Layout(title: "Connect \(consent.client.name) to Cairn", context: context, width: .narrow) {
            p(.class("lead")) {
                strong { consent.client.name }
                " asks to read from your Cairn account at \(member.organization.name):"
            }
            ul {
                for scope in consent.scopes.sorted { li { scope.summary } }
            }
            p {
                "It will not be able to change anything. You can disconnect it at any time under "
                a(.href(APISettingsEndpoints.page.path())) { "Connected apps and tokens" }
                "."
            }
            dl(.class("facts")) {
                div { dt { "App's site" }; dd { consent.client.clientURI } }
                div { dt { "Terms of service" }; dd { consent.client.tosURI } }
                div { dt { "Privacy policy" }; dd { consent.client.policyURI } }
                div { dt { "Returns to" }; dd { consent.request.redirectURI } }
            }
            PostForm(action: APIEndpoints.decide.path(), csrfToken: context.csrfToken, class: "stack") {
                for (name, value) in fields { input(.type(.hidden), .name(name), .value(value)) }
                SubmitButton("Allow", name: "decision", value: "approve")
                SubmitButton("Deny", style: .secondary, name: "decision", value: "deny")
            }
        }
    }

    private var fields: [(String, String)] {
        let request = consent.request
        return [("response_type", request.responseType), ("client_id", request.clientID), ("redirect_uri", request.redirectURI),
                ("scope", request.scope), ("state", request.state), ("code_challenge", request.codeChallenge),
                ("code_challenge_method", request.codeChallengeMethod)]
    }
}

/// Tells the educator that an app's authorization request cannot go further (an unknown app, or a
/// return address it did not register), without sending them anywhere.
struct ConsentRefusedPage: HTML {
    let context: PageContext
    let message: String

    var body: some HTML {
        Layout(title: "This app cannot connect", context: context, width: .narrow) {
            p { message }
            p { "Nothing was shared. Tell the app's makers, or go back to the app and try again." }
        }
    }
}

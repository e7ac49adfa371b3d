import CairnHTML

/// The band at the top of every page: the brand and organization, the navigation, and the
/// signed-in person (a link to their account page) with their sign-out button.
struct SiteHeader: HTML {
    let context: PageContext

    var body: some HTML {
        header(.class("site-header")) {
            div(.class("site-header__inner")) {
                a(.class("brand"), .href(context.viewer != nil ? DashboardEndpoints.dashboard.path() : context.publicOrganization?.catalogPath ?? AccountEndpoints.signIn.path())) {
                    CairnMark()
                    span(.class("brand__name")) { "Cairn" }
                }
                if let visited = context.publicOrganization {
                    p(.class("site-header__organization")) { a(.href(visited.catalogPath)) { visited.name } }
                } else if let organization = context.organizationName {
                    p(.class("site-header__organization")) { organization }
                }
                SiteNavigation(context: context)
                if let viewer = context.viewer {
                    div(.class("site-header__account")) {
                        a(.class("site-header__link site-header__person"), .href(AccountEndpoints.account.path()),
                          context.currentPath == AccountEndpoints.account.path() ? .aria(.current, "page") : nil) {
                            span(.class("visually-hidden")) { "Your account: " }
                            viewer.name
                        }
                        a(.class("site-header__link"), .href(NotificationEndpoints.list.path()),
                          [NotificationEndpoints.list.path(), NotificationEndpoints.settings.path()].contains(context.currentPath) ? .aria(.current, "page") : nil) {
                            "Notifications"
                        }
                        PostForm(action: AccountEndpoints.signOut.path(), csrfToken: context.csrfToken, class: "inline-form") {
                            SubmitButton("Sign out", style: .quiet)
                        }
                    }
                }
            }
        }
    }
}

/// The stacked-stones mark beside the name; decorative.
struct CairnMark: HTML {
    var body: some HTML {
        TrustedHTML(producedByCairn: """
            <svg class="brand__mark" aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="28" height="28">\
            <ellipse cx="16" cy="27" rx="12" ry="4" fill="currentColor" opacity=".9"/>\
            <ellipse cx="16" cy="19" rx="9" ry="3.6" fill="currentColor" opacity=".75"/>\
            <ellipse cx="16" cy="12" rx="6.5" ry="3.2" fill="currentColor" opacity=".6"/>\
            <ellipse cx="16" cy="5.6" rx="4" ry="2.6" fill="currentColor" opacity=".45"/></svg>
            """)
    }
}

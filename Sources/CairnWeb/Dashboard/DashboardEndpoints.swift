/// Every member's home page.
enum DashboardEndpoints {
    static let dashboard = Endpoint(.get, "/dashboard", access: .signedIn)
}

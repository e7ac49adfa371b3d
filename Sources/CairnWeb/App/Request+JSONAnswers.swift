import CairnHTTP

extension Request {
    /// Whether errors are answered in JSON rather than as a page: the client asks for JSON or sends
    /// it, or the route belongs to a JSON API (the upload API and the Open Badges API answer every refusal in JSON).
    var answersInJSON: Bool { prefersJSON || route.map(UploadRoutes.isAPIRoute) == true || APIEndpoints.isClientRoute(route) }
}

/// The installation operator's pages, only while Cairn runs in development.
enum OperatorEndpoints {
    /// The mail Cairn would have sent.
    static let outbox = Endpoint(.get, "/operator/outbox", access: .operatorInDevelopment)
}

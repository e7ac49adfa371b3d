import CairnCore

/// The pilot's endpoints for its participants under `/pilot`: joining by link, feedback, and starting to earn.
enum PilotEndpoints {
    /// Where a pilot invitation link leads; posting joins.
    static let join = Endpoint(.get, "/pilot/join/:token", String.self, access: .signedIn)
    static let accept = join.with(.post)

    /// One pilot version, for its participants.
    static let version = EndpointGroup("/pilot/:version", MicrocredentialVersion.ID.self, access: .signedIn)
    static let feedback = version.endpoint(.get, "/feedback")
    static let saveFeedback = feedback.with(.post)
    /// Where a pilot educator starts earning the pilot version.
    static let startEarning = version.endpoint(.post, "/start", access: .role(.educator))
}

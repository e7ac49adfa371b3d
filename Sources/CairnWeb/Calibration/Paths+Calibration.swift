/// The paths of calibration, second scoring, agreement and the review policy.
extension Paths {
    /// A microcredential's exemplars, for its designers.
    public static func exemplars(_ id: String) -> String { studio(id) + "/exemplars" }
    /// The form that marks a decided submission as an exemplar.
    public static func newExemplar(_ id: String, from submission: String) -> String { exemplars(id) + "/from/" + percentEncoded(submission) }
    public static func removeExemplar(_ id: String, _ exemplar: String) -> String { exemplars(id) + "/" + percentEncoded(exemplar) + "/remove" }
    /// Second scores that disagreed with the review, for designers to resolve.
    public static func disagreements(_ id: String) -> String { studio(id) + "/disagreements" }
    /// One disagreement: the submission and the assessor who scored it second.
    public static func disagreement(_ id: String, _ submission: String, _ assessor: String) -> String {
        disagreements(id) + "/" + percentEncoded(submission) + "/" + percentEncoded(assessor)
    }
    /// One exemplar of an assessor's calibration.
    public static func calibration(_ microcredential: String, exemplar: String) -> String {
        calibration(microcredential) + "?exemplar=" + percentEncoded(exemplar)
    }
    public static let secondScoring = "/review/second"
    /// The blind second scoring of one submission.
    public static func secondScore(_ submission: String) -> String { secondScoring + "/" + percentEncoded(submission) }
    public static let agreement = "/admin/agreement"
    public static let reviewPolicy = "/admin/review-policy"
    public static let assessors = "/admin/assessors"
    /// Where a pilot educator starts earning the pilot version.
    public static func startPilotEnrollment(_ versionID: String) -> String { "/pilot/" + percentEncoded(versionID) + "/start" }
}

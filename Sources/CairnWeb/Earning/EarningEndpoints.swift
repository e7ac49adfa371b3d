import CairnCore

/// The educator's endpoints under `/earn`: their microcredentials, one enrollment's workspace with
/// its evidence and files, and the feedback on its attempts.
enum EarningEndpoints {
    static let educator = Access.role(.educator)

    /// The educator's microcredentials.
    static let list = Endpoint(.get, "/earn", access: educator)

    /// One of the educator's enrollments.
    static let enrollment = EndpointGroup("/earn/:enrollment", Enrollment.ID.self, access: educator)
    static let workspace = enrollment.endpoint(.get)
    static let submit = enrollment.endpoint(.post, "/submit")

    /// One requirement's evidence: its text and links, and its files.
    static let requirement = enrollment.group("/evidence/:requirement", String.self)
    static let saveEvidence = requirement.endpoint(.post)
    /// Where the "Show with my credential" choice of a requirement's evidence posts.
    static let showWithCredential = requirement.endpoint(.post, "/public")
    /// Where a requirement's file form posts (a finished upload's id, or the file itself).
    static let addFile = requirement.endpoint(.post, "/files")
    /// Where a video's captions form posts.
    static let saveCaptions = requirement.endpoint(.post, "/files/:blob/captions", String.self)
    /// Where a file's remove button posts.
    static let removeFile = requirement.endpoint(.post, "/files/:blob/remove", String.self)

    /// The educator's page of an assessor's feedback on one attempt.
    static let feedback = enrollment.endpoint(.get, "/feedback/:submission", Submission.ID.self)
    /// Where the educator replies to a comment on one of the enrollment's attempts.
    static let reply = enrollment.endpoint(.post, "/comments/:comment/replies", VideoComment.ID.self)
}

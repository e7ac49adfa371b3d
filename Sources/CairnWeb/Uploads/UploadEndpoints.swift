import CairnCore

/// The resumable upload API (see `docs/uploads.md`), for people who submit evidence.
enum UploadEndpoints {
    static let educator = Access.role(.educator)

    static let create = Endpoint(.post, "/uploads", access: educator)
    /// One upload: where it stands, its chunks, its abort.
    static let upload = EndpointGroup("/uploads/:id", Upload.ID.self, access: educator)
    static let status = upload.endpoint(.get)
    static let appendPatch = upload.endpoint(.patch)
    static let appendPut = upload.endpoint(.put)
    static let abort = upload.endpoint(.delete)
}

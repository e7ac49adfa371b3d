import CairnCore

/// Evidence files for those who may open them (`Evidence.file` in CairnApp decides who).
enum EvidenceEndpoints {
    /// One evidence file (content, poster or captions) of an enrollment, by its SHA-256.
    static let file = Endpoint(.get, "/evidence/:enrollment/:blob", Enrollment.ID.self, String.self, access: .signedIn)
}

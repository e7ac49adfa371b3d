import CairnApp
import CairnCore

/// The credentials' endpoints: a credential's public page (its JSON by content negotiation, a
/// download, sharing), the educator's list, the admin's status changes, the verify page, and what
/// each organization publishes as an issuer (its DID document and revocation lists). The patterns a
/// signed credential names come from `PublicPaths`.
enum CredentialEndpoints {
    /// A credential's page, or its JSON for `Accept: application/ld+json`.
    static let credential = EndpointGroup(PublicPaths.credential, IssuedCredential.ID.self, access: .anyone)
    static let page = credential.endpoint(.get)
    /// The signed credential as a file to keep.
    static let download = credential.endpoint(.get, "/credential.json")
    /// The badge image with the credential baked in, PNG and SVG.
    static let badgePNG = credential.endpoint(.get, "/badge.png")
    static let badgeSVG = credential.endpoint(.get, "/badge.svg")
    /// Where the holder opens or closes the page to people with the link.
    static let share = credential.endpoint(.post, "/sharing", access: .role(.educator))
    /// Where an admin revokes, suspends or reinstates it.
    static let status = credential.endpoint(.post, "/status", access: .role(.admin))
    /// Where an admin re-issues it as a correction.
    static let correct = credential.endpoint(.post, "/correction", access: .role(.admin))

    /// One item of the evidence the credential names: its place on the page while shown, 410 once withdrawn.
    static let evidence = credential.endpoint(.get, PublicPaths.evidence, Int.self)
    /// A file (content, poster or captions) of one public evidence item, by its SHA-256.
    static let evidenceFile = credential.endpoint(.get, PublicPaths.evidence + "/files/:blob", Int.self, String.self)
    /// Where the holder withdraws one item from public view.
    static let withdrawEvidence = credential.endpoint(.post, PublicPaths.evidence + "/withdrawal", Int.self, access: .role(.educator))
    /// An admin of the issuing organization takes one public item down, with the reason on record.
    static let takeDownEvidence = credential.endpoint(.post, PublicPaths.evidence + "/takedown", Int.self, access: .role(.admin))

    /// The admin's page of issued credentials and the organization's issuer profile.
    static let issued = Endpoint(.get, "/admin/credentials", access: .role(.admin))
    static let saveIssuerProfile = issued.with(.post)
    /// Awarding a microcredential directly to a list of educators (pasted or a CSV); the post answers with the per-row report.
    static let bulkAward = Endpoint(.get, "/admin/credentials/award", access: .role(.admin))
    static let saveBulkAward = bulkAward.with(.post)

    /// The educator's credentials.
    static let mine = Endpoint(.get, "/earn/credentials", access: .role(.educator))
    /// The educator's learner record: a signed CLR 2.0 file to keep, and a transcript page to print.
    static let learnerRecord = Endpoint(.get, "/earn/credentials/record.json", access: .role(.educator))
    static let transcript = Endpoint(.get, "/earn/credentials/transcript", access: .role(.educator))

    /// Checking any credential: paste it, upload a file or a baked image, or give a Cairn credential's address.
    static let verify = Endpoint(.get, "/verify", access: .anyone)
    static let verifySubmit = verify.with(.post)
    /// The same check for programs: the credential (JSON, a JWT or an image) as the request body; a report in JSON.
    static let verifyAPI = Endpoint(.post, "/verify.json", access: .anyone)

    /// An organization's DID document (did:web).
    static let didDocument = CatalogEndpoints.organization.endpoint(.get, PublicPaths.didDocument)
    /// One of an organization's revocation lists.
    static let statusList = CatalogEndpoints.organization.endpoint(.get, PublicPaths.statusList, Int.self)
}

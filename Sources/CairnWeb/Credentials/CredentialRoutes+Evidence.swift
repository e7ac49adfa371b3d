import CairnApp
import CairnCore
import CairnHTTP
import Foundation

/// The evidence a credential's educator chose to publish: each item's address (the `id` its OB 3.0
/// `Evidence` entry carries), its files, the holder's withdrawal of an item from public view, and an admin's takedown.
extension CredentialRoutes {
    func registerEvidence(in table: inout RouteTable) {
        table.add(CredentialEndpoints.evidence, evidence)
        table.add(CredentialEndpoints.evidenceFile, evidenceFile)
        table.add(CredentialEndpoints.withdrawEvidence, withdrawEvidence)
        table.add(CredentialEndpoints.takeDownEvidence, takeDownEvidence)
    }

    /// The item's section of the credential's page while it is shown; 410 with a sentence once withdrawn or taken down, 404 otherwise.
    func evidence(_ visitor: Visitor, _ id: IssuedCredential.ID, _ number: Int) throws -> Response {
        _ = try app.credentials.publicEvidence(number, of: id)
        return .redirect(to: CredentialEndpoints.page.path(id) + "#" + PublicEvidenceList.elementID(number))
    }

    /// One file of a public item, with byte ranges for video seeking; the same answers as `evidence` otherwise.
    func evidenceFile(_ visitor: Visitor, _ id: IssuedCredential.ID, _ number: Int, _ hash: String) throws -> Response {
        app.serve(try app.credentials.publicEvidenceFile(hash, item: number, of: id), for: visitor.request, cacheControl: "no-cache")
    }

    /// Withdraws one item from public view; the holder sees the page again.
    func withdrawEvidence(_ context: SignedIn, _ id: IssuedCredential.ID, _ number: Int) throws -> Response {
        try app.credentials.withdrawEvidence(number, of: id, by: context.member)
        return app.redirect(to: CredentialEndpoints.page.path(id), .success,
                            "Withdrawn: the item is no longer shown. Your credential still names it; its address now says it was withdrawn.")
    }

    /// Takes one item down with the reason; the form comes back with the message beside the reason when it is refused.
    func takeDownEvidence(_ context: SignedIn, _ id: IssuedCredential.ID, _ number: Int) throws -> Response {
        let reason = context.request.form[PublicEvidenceList.reasonField(number)] ?? ""
        do {
            try app.credentials.takeDownEvidence(number, of: id, reason: reason, by: context.member)
        } catch let error as CredentialError where error.field == "reason" {
            return try refused(context, id, error, typed: reason, in: PublicEvidenceList.takedownFormName(number))
        }
        return app.redirect(to: CredentialEndpoints.page.path(id) + "#" + PublicEvidenceList.elementID(number), .success,
                            "Taken down: the item is no longer shown, and its address says so. The educator has been told why.")
    }
}

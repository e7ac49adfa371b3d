import CairnCore
import CairnCredentials
import Foundation

/// What signs a credential document: the Data Integrity `eddsa-rdfc-2022` signer, or in tests one
/// that fails, to show that a failure at signing leaves nothing behind.
package protocol CredentialSigning: Sendable {
    /// The document with its proof.
    func sign(_ document: JSON, key: Ed25519PrivateKey, verificationMethod: String, created: Date) throws -> JSON
}

/// Signs with a Data Integrity proof of the `eddsa-rdfc-2022` cryptosuite, as an array of one proof (OB 3.0's schema wants an array).
package struct DataIntegrityCredentialSigner: CredentialSigning {
    package init() {}

    package func sign(_ document: JSON, key: Ed25519PrivateKey, verificationMethod: String, created: Date) throws -> JSON {
        let signer = DataIntegritySigner(key: key, verificationMethod: verificationMethod)
        let proof: JSON
        do { proof = try signer.proof(for: document, created: created) } catch { throw CredentialError.cannotSign("\(error)") }
        guard case .object(var members) = document else { throw CredentialError.cannotSign("the document is not a JSON object") }
        members["proof"] = [proof]
        return .object(members)
    }
}

import CairnCore
import CairnCredentials
import Foundation

extension CredentialDocument {
    /// The credential with an OB 3.0 `evidence` entry for each item the educator chose to publish;
    /// unchanged (no `evidence` at all) when none was chosen.
    static func adding(evidence items: [PublicEvidence], to credential: JSON, credentialURL: String) -> JSON {
        guard !items.isEmpty, var members = credential.objectValue else { return credential }
        members["evidence"] = .array(items.map { evidence($0, credentialURL: credentialURL) })
        return .object(members)
    }

    /// One public item as OB 3.0 `Evidence`: its address under the credential's, the requirement it
    /// answers as its name, and its kind as genre. Nothing of what the educator wrote or uploaded is
    /// signed into the credential: the text, the files and the links are shown at the entry's
    /// address, only while the credential is shared and active and the item not withdrawn
    /// (decision 0016), so withdrawing an item takes all of it down.
    static func evidence(_ entry: PublicEvidence, credentialURL: String) -> JSON {
        [
            "id": .string(credentialURL + PublicPaths.evidencePath(entry.number)),
            "type": ["Evidence"],
            "name": .string(entry.requirement.title),
            "genre": .string(entry.requirement.kind.displayName),
        ]
    }
}

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
    /// answers as its name, its kind as genre, the educator's text as narrative (Markdown), and its
    /// files and links named in the description. The files themselves are served at the address
    /// while the credential is shared and in force (docs/issuing.md).
    static func evidence(_ entry: PublicEvidence, credentialURL: String) -> JSON {
        var evidence: [String: JSON] = [
            "id": .string(credentialURL + PublicPaths.evidencePath(entry.number)),
            "type": ["Evidence"],
            "name": .string(entry.requirement.title),
            "genre": .string(entry.requirement.kind.displayName),
        ]
        let text = entry.item.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { evidence["narrative"] = .string(text) }
        let description = Self.evidenceDescription(entry.item)
        if !description.isEmpty { evidence["description"] = .string(description) }
        return .object(evidence)
    }

    /// "Files: plan.pdf, lesson.mp4. Links: https://…", or "" for text alone.
    static func evidenceDescription(_ item: EvidenceItem) -> String {
        var parts: [String] = []
        if !item.files.isEmpty {
            parts.append((item.files.count == 1 ? "File: " : "Files: ") + item.files.map(\.filename).joined(separator: ", ") + ".")
        }
        if !item.links.isEmpty {
            parts.append((item.links.count == 1 ? "Link: " : "Links: ") + item.links.joined(separator: " "))
        }
        return parts.joined(separator: " ")
    }
}

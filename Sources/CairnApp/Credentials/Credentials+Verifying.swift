import CairnCore
import CairnCredentials
import CairnStore
import Foundation

extension Credentials {
    /// Verifies the credential the bytes hold: JSON, a VC-JWT, or a PNG or SVG with a credential baked in.
    ///
    /// Nothing is fetched from the network: what Cairn publishes itself (its DID documents and
    /// revocation lists) is read from its own records, and any other key or list leaves its check
    /// inconclusive, never passed.
    public func verify(_ input: [UInt8]) -> CredentialVerification {
        CredentialVerification(verifier.verify(input, at: installation.clock()))
    }

    /// Verifies a credential Cairn issued, given the address of its page.
    ///
    /// - Throws: `CredentialError.notFound` when the address is not a credential of this Cairn, or a hidden one.
    public func verify(url: String, viewer: Member?) throws -> CredentialVerification {
        let prefix = installation.configuration.baseURL + PublicPaths.credentialPath("")
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(prefix) else { throw CredentialError.notFound }
        let rest = trimmed.dropFirst(prefix.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let id = IssuedCredential.ID(String(rest)) else { throw CredentialError.notFound }
        return verify(Array(try document(id, viewer: viewer).document.utf8))
    }

    /// The verifier: bundled contexts and schemas, did:key, and this Cairn's own did:web documents and revocation lists.
    var verifier: CredentialVerifier {
        let credentials = self
        let didWeb = DIDWebResolver { url throws(DIDResolutionError) in
            guard let slug = credentials.organizationSlug(in: url, ending: PublicPaths.didDocument, ignoringScheme: true),
                  let document = try? credentials.didDocument(organization: slug) else {
                throw .fetchFailed(url, reason: "Cairn checks offline and only knows its own DID documents")
            }
            return Array(document.utf8)
        }
        let lists = StatusListFunction { url throws(StatusFetchError) in
            guard let (slug, list) = credentials.statusListAddress(url),
                  let text = try? credentials.statusList(organization: slug, list: list),
                  let json = try? JSON(parsing: text) else {
                throw StatusFetchError("Cairn checks offline and only knows its own revocation lists")
            }
            return json
        }
        return CredentialVerifier(keys: KeyResolver(didWeb: didWeb), statusLists: lists)
    }

    /// The organization slug of a URL of this Cairn of the form `<base>/o/<slug><ending>`.
    func organizationSlug(in url: String, ending: String, ignoringScheme: Bool = false) -> String? {
        let area = PublicPaths.organizationPath("")
        func withoutScheme(_ text: String) -> String { text.split(separator: "://", maxSplits: 1).last.map(String.init) ?? text }
        let base = ignoringScheme ? withoutScheme(installation.configuration.baseURL) : installation.configuration.baseURL
        let target = ignoringScheme ? withoutScheme(url) : url
        guard target.hasPrefix(base + area), target.hasSuffix(ending) else { return nil }
        let slug = target.dropFirst((base + area).count).dropLast(ending.count)
        guard !slug.isEmpty, !slug.contains("/") else { return nil }
        return String(slug)
    }

    /// The organization slug and list number of one of this Cairn's revocation list URLs.
    func statusListAddress(_ url: String) -> (String, Int)? {
        let base = installation.configuration.baseURL + PublicPaths.organizationPath("")
        guard url.hasPrefix(base) else { return nil }
        let parts = url.dropFirst(base.count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let pattern = PublicPaths.statusList.split(separator: "/").map(String.init)  // status, revocation, :list
        guard parts.count == 1 + pattern.count, Array(parts[1..<pattern.count]) == Array(pattern.dropLast()),
              let list = Int(parts[pattern.count]) else { return nil }
        return (parts[0], list)
    }
}

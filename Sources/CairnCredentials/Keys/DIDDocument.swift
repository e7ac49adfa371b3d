/// A DID document (W3C DID Core 1.0) as far as proofs need it: its DID, its verification methods and
/// the relationships (`assertionMethod`, `authentication`, …) that say what each may be used for.
public struct DIDDocument: Sendable, Equatable {
    /// The DID the document describes.
    public let id: String
    /// The document as read.
    public let json: JSON

    /// Reads a DID document; it must be a JSON object whose `id` is a DID.
    public init(json: JSON) throws(DIDResolutionError) {
        guard case .object = json else { throw .unreadable("the DID document", reason: "it is not a JSON object") }
        guard let id = json["id"]?.stringValue, id.hasPrefix("did:") else {
            throw .unreadable("the DID document", reason: "its “id” is not a DID")
        }
        (self.id, self.json) = (id, json)
    }

    /// A controller document published at an HTTPS URL (W3C Controlled Identifiers): the same members as
    /// a DID document, its `id` the URL it was read from.
    init(controllerDocument json: JSON, url: String) {
        (self.id, self.json) = (url, json)
    }

    /// The verification method `methodID` (a full DID URL, or `#fragment` relative to this DID), when the
    /// document lists it under `relationship` (by reference or embedded) and it is controlled by this DID.
    public func verificationMethod(_ methodID: String, for relationship: String) throws(KeyResolutionError) -> VerificationMethod {
        let target = absolute(methodID)
        guard target.hasPrefix(id + "#") else {
            throw .refused("\(methodID) is not a key of \(id)")
        }
        let listed = json[relationship]?.asList ?? []
        guard let entry = listed.first(where: { absolute($0.stringValue ?? $0["id"]?.stringValue ?? "") == target }) else {
            throw .refused("\(target) is not listed under \(relationship) in the DID document of \(id)")
        }
        // A reference names a method defined elsewhere in the document, usually under verificationMethod.
        let definition: JSON
        if case .object = entry {
            definition = entry
        } else {
            let candidates = (json["verificationMethod"]?.asList ?? [])
                + Self.relationships.flatMap { json[$0]?.asList ?? [] }
            guard let found = candidates.first(where: { $0["id"]?.stringValue.map(absolute) == target && $0.objectValue != nil }) else {
                throw .refused("\(target) is listed under \(relationship) but not defined in the DID document of \(id)")
            }
            definition = found
        }
        guard case .object(var members) = definition else { throw .refused("\(target) is not a JSON object") }
        members["id"] = .string(target)
        let method: VerificationMethod
        do { method = try VerificationMethod(json: .object(members)) } catch { throw .refused("\(error)") }
        guard method.controller == id else {
            throw .refused("\(target) is controlled by \(method.controller), not by \(id)")
        }
        return method
    }

    /// The verification relationships of DID Core.
    static let relationships = ["assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation", "keyAgreement"]

    /// A method id made absolute against this DID.
    private func absolute(_ methodID: String) -> String {
        methodID.hasPrefix("#") ? id + methodID : methodID
    }
}

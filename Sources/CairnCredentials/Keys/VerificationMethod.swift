/// A key a DID document lists to check its controller's signatures.
public struct VerificationMethod: Sendable, Hashable {
    /// The method's DID URL, e.g. `did:key:z6Mk…#z6Mk…`.
    public let id: String
    /// Its type, e.g. `Multikey`.
    public let type: String
    /// The DID that controls the key.
    public let controller: String
    /// The key that checks the controller's signatures.
    public let publicKey: PublicKey

    public init(id: String, type: String, controller: String, publicKey: PublicKey) {
        (self.id, self.type, self.controller, self.publicKey) = (id, type, controller, publicKey)
    }

    /// A verification method as a DID document or controller document lists it.
    ///
    /// Types: `Multikey`, `Ed25519VerificationKey2020` and `EcdsaSecp256r1VerificationKey2019`
    /// (`publicKeyMultibase`), `Ed25519VerificationKey2018` (`publicKeyBase58`), `JsonWebKey2020`
    /// and `JsonWebKey` (`publicKeyJwk`). A method that carries private key material is refused.
    public init(json: JSON) throws(KeyError) {
        guard case .object(let members) = json else { throw .badVerificationMethod("it is not a JSON object") }
        guard let id = members["id"]?.stringValue else { throw .badVerificationMethod("no “id”") }
        guard let type = members["type"]?.stringValue else { throw .badVerificationMethod("no “type” in \(id)") }
        guard let controller = members["controller"]?.stringValue else {
            throw .badVerificationMethod("no “controller” in \(id)")
        }
        if members["secretKeyMultibase"] != nil || members["privateKeyMultibase"] != nil
            || members["privateKeyBase58"] != nil || members["publicKeyJwk"]?["d"] != nil {
            throw .wrongKeyUse("the verification method \(id) holds a private key")
        }
        func member(_ name: String) throws(KeyError) -> String {
            guard let value = members[name]?.stringValue else {
                throw .badVerificationMethod("no “\(name)” in the \(type) \(id)")
            }
            return value
        }
        let key: PublicKey
        switch type {
        case "Multikey", "Ed25519VerificationKey2020", "EcdsaSecp256r1VerificationKey2019":
            key = try Multikey.publicKey(member("publicKeyMultibase"))
            if type == "Ed25519VerificationKey2020", key.kind != .ed25519 {
                throw .badVerificationMethod("the Ed25519VerificationKey2020 \(id) holds a \(key.kind.rawValue) key")
            }
        case "Ed25519VerificationKey2018":
            guard let bytes = Base58.decode(try member("publicKeyBase58")) else {
                throw .badVerificationMethod("“publicKeyBase58” of \(id) is not base58btc")
            }
            key = try PublicKey.ed25519(bytes)
        case "JsonWebKey2020", "JsonWebKey":
            guard let jwk = members["publicKeyJwk"] else { throw .badVerificationMethod("no “publicKeyJwk” in \(id)") }
            key = try PublicKey(jwk: jwk)
        default:
            throw .unsupportedVerificationMethod(type)
        }
        self.init(id: id, type: type, controller: controller, publicKey: key)
    }

    /// The method as a DID document lists it: `Multikey` with `publicKeyMultibase`, or for RSA
    /// `JsonWebKey` with `publicKeyJwk`; its own `type` is kept when it names the same form.
    public var json: JSON {
        var members: [String: JSON] = ["id": .string(id), "controller": .string(controller)]
        if let multibase = Multikey.encode(publicKey) {
            members["type"] = .string(type == "Ed25519VerificationKey2020" ? type : "Multikey")
            members["publicKeyMultibase"] = .string(multibase)
        } else {
            members["type"] = .string(type == "JsonWebKey2020" ? type : "JsonWebKey")
            members["publicKeyJwk"] = publicKey.jwk
        }
        return .object(members)
    }
}

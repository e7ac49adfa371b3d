import Foundation

/// Checks a credential secured as a JWT (compact JWS): VC-JOSE-COSE, where the payload is the credential,
/// and the VC 1.1 encoding Open Badges 3.0 uses, where it sits in the `vc` claim.
///
/// The key comes from the header's `kid` (a DID URL, resolved through `keys`, or `#fragment` of an issuer
/// DID: `iss`, else the credential's `issuer`), else from its `jwk`, else from an issuer that is a `did:key`. The `alg` must be EdDSA,
/// ES256, ES384 or RS256 and fit the key; `none` and HMAC are refused.
public struct JWTVerifier: Sendable {
    /// Where verification methods come from; by default did:key only.
    public var keys: any VerificationMethodResolving
    /// The purpose the key must be listed for in its DID document.
    public var purpose: String

    public init(keys: any VerificationMethodResolving = KeyResolver.offline, purpose: String = "assertionMethod") {
        (self.keys, self.purpose) = (keys, purpose)
    }

    /// What checking a token found: the verdict on its signature, and what it carries.
    public struct Verification: Sendable, Equatable {
        /// The verdict on the signature (and on the claims' agreement with the credential and, when a time
        /// is given, on `nbf` and `exp`).
        public let proof: ProofResult
        /// The token as read, when it could be read.
        public let jws: CompactJWS?
        /// The payload's claims, when it is JSON.
        public let claims: JSON?
        /// The credential it carries: the `vc` claim, or the payload itself when it has an `@context`.
        public let credential: JSON?
    }

    /// Checks a token; with `now`, also that it is not used before `nbf` or after `exp`.
    public func verify(_ token: String, at now: Date? = nil) -> Verification {
        let jws: CompactJWS
        do { jws = try CompactJWS(token) } catch {
            return Verification(proof: .failed("JWT", verificationMethodID: nil, .malformed("\(error)")), jws: nil,
                                claims: nil, credential: nil)
        }
        let suite = "JWT " + (jws.algorithm ?? "without alg")
        let claims = jws.payloadJSON
        let credential = claims.flatMap(Self.credential(in:))
        let kid = jws.header["kid"]?.stringValue
        func result(_ proof: ProofResult) -> Verification {
            Verification(proof: proof, jws: jws, claims: claims, credential: credential)
        }
        do throws(ProofFailure) {
            _ = try CompactJWS.keyKind(for: jws.algorithm)
            let method = try key(for: jws, claims: claims, credential: credential)
            try jws.verify(with: method.publicKey)
            if let claims { try Self.checkClaims(claims, credential: credential, at: now) }
            return result(.valid(suite, by: method))
        } catch {
            return result(.failed(suite, verificationMethodID: kid, error))
        }
    }

    /// The key the token names.
    private func key(for jws: CompactJWS, claims: JSON?, credential: JSON?) throws(ProofFailure) -> VerificationMethod {
        // VC-JOSE-COSE makes `iss` optional: the credential's issuer stands in for it.
        let issuer = claims?["iss"]?.stringValue ?? credential?["issuer"]?.stringValue ?? credential?["issuer"]?["id"]?.stringValue
        if let kid = jws.header["kid"]?.stringValue {
            let methodID: String
            if kid.hasPrefix("#"), let issuer, issuer.hasPrefix("did:") {
                methodID = issuer + kid
            } else if kid.hasPrefix("did:") || kid.hasPrefix("https:") || kid.hasPrefix("http:") {
                methodID = kid
            } else {
                throw .keyUnavailable("the kid “\(kid)” is neither a DID URL nor a URL, nor a fragment of an issuer DID")
            }
            let method: VerificationMethod
            do { method = try keys.verificationMethod(methodID, purpose: purpose) } catch {
                switch error {
                case .unavailable(let reason): throw .keyUnavailable(reason)
                case .refused(let reason): throw .keyRefused(reason)
                }
            }
            if let jwk = jws.header["jwk"], (try? PublicKey(jwk: jwk)) != method.publicKey {
                throw .keyRefused("the jwk header is not the key \(methodID) names")
            }
            return method
        }
        if let jwk = jws.header["jwk"] {
            guard jwk["d"] == nil else { throw .keyRefused("the jwk header holds a private key") }
            do {
                // A key carried in the token itself says nothing of who controls it.
                return VerificationMethod(id: "jwk header", type: "JsonWebKey", controller: "", publicKey: try PublicKey(jwk: jwk))
            } catch {
                throw .keyRefused("\(error)")
            }
        }
        if let issuer, issuer.hasPrefix("did:key:") {
            do { return try DIDKey.resolve(issuer) } catch { throw .keyRefused("\(error)") }
        }
        throw .malformed("the header names no key: it has neither “kid” nor “jwk”, and the issuer is not a did:key")
    }

    /// The credential a JWT payload carries, if any.
    static func credential(in claims: JSON) -> JSON? {
        if case .object? = claims["vc"] { return claims["vc"] }
        if claims["@context"] != nil { return claims }
        return nil
    }

    /// `iss`, `jti` and `sub` agree with the credential; `nbf` and `exp` hold at `now`.
    static func checkClaims(_ claims: JSON, credential: JSON?, at now: Date?) throws(ProofFailure) {
        if let credential {
            let issuer = credential["issuer"]?.stringValue ?? credential["issuer"]?["id"]?.stringValue
            if let iss = claims["iss"]?.stringValue, let issuer, iss != issuer {
                throw .claimMismatch("“iss” is \(iss) but the credential's issuer is \(issuer)")
            }
            if let jti = claims["jti"]?.stringValue, let id = credential["id"]?.stringValue, jti != id {
                throw .claimMismatch("“jti” is \(jti) but the credential's id is \(id)")
            }
            let subjects = credential["credentialSubject"]?.asList.compactMap { $0["id"]?.stringValue } ?? []
            if let sub = claims["sub"]?.stringValue, !subjects.isEmpty, !subjects.contains(sub) {
                throw .claimMismatch("“sub” is \(sub) but the credential's subject is \(subjects.joined(separator: ", "))")
            }
        }
        for name in ["nbf", "exp", "iat"] where claims[name] != nil && claims[name]?.numberValue == nil {
            throw .malformed("“\(name)” is not a number of seconds since 1970")
        }
        guard let now else { return }
        let seconds = now.timeIntervalSince1970
        if let nbf = claims["nbf"]?.numberValue, seconds < nbf {
            throw .outsideValidity("it is not valid before \(Date(timeIntervalSince1970: nbf).formatted(.iso8601)) (“nbf”)")
        }
        if let exp = claims["exp"]?.numberValue, seconds >= exp {
            throw .outsideValidity("it expired at \(Date(timeIntervalSince1970: exp).formatted(.iso8601)) (“exp”)")
        }
    }
}

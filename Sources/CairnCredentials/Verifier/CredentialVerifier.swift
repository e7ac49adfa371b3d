import Foundation

/// Verifies an Open Badges 3.0, CLR 2.0 or endorsement credential given as bytes (JSON, a compact JWT, or
/// a PNG or SVG with a baked credential) and reports every check on its own: input, context, structure,
/// credential schema, JSON-LD, proof, issuer key, validity period, status, embedded credentials.
///
/// It touches no network by itself: contexts come from `loader` (the bundled ones by default), keys from
/// `keys` (did:key by default), status lists from `statusLists` (none by default, which makes a status
/// entry inconclusive).
public struct CredentialVerifier: Sendable {
    /// Where JSON-LD contexts come from.
    public var loader: any DocumentLoading
    /// Where verification methods come from.
    public var keys: any VerificationMethodResolving
    /// Fetches status lists (and 1EdTech revocation lists); nil when offline.
    public var statusLists: StatusListFetching?
    /// Where `credentialSchema` schemas come from.
    public var schemas: SchemaLoader
    /// The largest input read, in bytes.
    public var maximumInputSize: Int
    /// How deep endorsements and a CLR's credentials are followed.
    public var maximumNesting: Int

    public init(loader: any DocumentLoading = DocumentLoader.bundledOnly, keys: any VerificationMethodResolving = KeyResolver.offline,
                statusLists: StatusListFetching? = nil, schemas: SchemaLoader = .bundledOnly,
                maximumInputSize: Int = 16 << 20, maximumNesting: Int = 3) {
        (self.loader, self.keys, self.statusLists, self.schemas) = (loader, keys, statusLists, schemas)
        (self.maximumInputSize, self.maximumNesting) = (maximumInputSize, maximumNesting)
    }

    /// Verifies the credential the bytes hold, its validity period judged at `now`.
    public func verify(_ input: [UInt8], at now: Date = Date()) -> VerificationReport {
        verify(input, at: now, depth: 0)
    }

    /// Verifies a credential already parsed as JSON (an endorsement, a CLR's credential).
    public func verify(credential: JSON, at now: Date = Date()) -> VerificationReport {
        run(VerifierInput(format: "JSON", credential: credential, jwt: nil), at: now, depth: 0)
    }

    func verify(_ input: [UInt8], at now: Date, depth: Int) -> VerificationReport {
        let read: VerifierInput
        do throws(VerifierInput.Failure) { read = try VerifierInput(reading: input, limit: maximumInputSize, jwtVerifier: jwtVerifier) } catch {
            return VerificationReport(format: nil, credential: nil, checks: [CheckResult(.input, .failed, error.reason)])
        }
        return run(read, at: now, depth: depth)
    }

    var jwtVerifier: JWTVerifier { JWTVerifier(keys: keys) }

    /// Runs every check after the input on what the input held.
    func run(_ input: VerifierInput, at now: Date, depth: Int) -> VerificationReport {
        let credential = input.credential
        var checks = [CheckResult(.input, .passed, "read as \(input.format)")]
        guard case .object = credential else {
            checks.append(CheckResult(.structure, .failed, "the credential is not a JSON object"))
            return VerificationReport(format: input.format, credential: credential, checks: checks)
        }
        checks.append(contextCheck(credential))
        checks.append(StructureCheck.check(credential))
        checks.append(credentialSchemaCheck(credential))
        checks.append(jsonLDCheck(credential))
        let (proof, methods) = proofCheck(credential, jwt: input.jwt)
        checks.append(proof)
        checks.append(issuerKeyCheck(credential, methods: methods))
        checks.append(ValidityPeriodCheck.check(credential, jwtClaims: input.jwt?.claims, at: now))
        checks.append(statusCheck(credential, at: now))
        checks.append(embeddedCheck(credential, at: now, depth: depth))
        return VerificationReport(format: input.format, credential: credential, checks: checks)
    }
}

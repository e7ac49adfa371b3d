/// The first check: what the bytes are (JSON, a compact JWT, a PNG or an SVG with a baked credential) and
/// the credential they hold.
struct VerifierInput: Sendable {
    /// What the input was read as.
    let format: String
    /// The credential: the JSON itself, or what a JWT carries.
    let credential: JSON
    /// The JWT's own verification (signature and claims, without time), when the input was a JWT.
    let jwt: JWTVerifier.Verification?

    init(format: String, credential: JSON, jwt: JWTVerifier.Verification?) {
        (self.format, self.credential, self.jwt) = (format, credential, jwt)
    }

    /// Why the input could not be read.
    struct Failure: Error {
        let reason: String
    }

    init(reading bytes: [UInt8], limit: Int, jwtVerifier: JWTVerifier) throws(Failure) {
        guard bytes.count <= limit else {
            throw Failure(reason: "the input is \(bytes.count) bytes, over the \(limit) Cairn reads")
        }
        guard !bytes.isEmpty else { throw Failure(reason: "the input is empty") }
        if let image = BakedImage.format(of: bytes), image == .png || !Self.looksLikeJSON(bytes) {
            let name = image == .png ? "PNG" : "SVG"
            let baked: BakedCredential
            do throws(BakingError) { baked = try BakedImage.read(bytes, limit: limit) } catch {
                throw Failure(reason: "the \(name) image holds no credential Cairn can read: \(error)")
            }
            switch baked {
            case .json(let text): try self.init(json: Array(text.utf8), format: "\(name) with a baked JSON credential")
            case .jwt(let token): try self.init(jwt: token, format: "\(name) with a baked VC-JWT", verifier: jwtVerifier)
            }
            return
        }
        if Self.looksLikeJSON(bytes) {
            try self.init(json: bytes, format: "JSON")
            return
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(reason: "the input is neither JSON, a compact JWT, a PNG nor an SVG (it is not even UTF-8 text)")
        }
        let token = text.trimmingWhitespace
        guard BakedCredential.isCompactJWS(token) else {
            throw Failure(reason: "the input is neither JSON, a compact JWT (three base64url parts joined by dots), a PNG nor an SVG")
        }
        try self.init(jwt: token, format: "VC-JWT", verifier: jwtVerifier)
    }

    private init(json bytes: [UInt8], format: String) throws(Failure) {
        do throws(JSON.SyntaxError) { self.init(format: format, credential: try JSON(parsing: bytes), jwt: nil) } catch {
            throw Failure(reason: "the input is not valid JSON: \(error.reason)")
        }
        guard case .object = credential else { throw Failure(reason: "the JSON is not an object, so it is no credential") }
    }

    private init(jwt token: String, format: String, verifier: JWTVerifier) throws(Failure) {
        let verification = verifier.verify(token)
        guard verification.jws != nil else { throw Failure(reason: "the JWT cannot be read: \(verification.proof.failure.map { "\($0)" } ?? "")") }
        guard let credential = verification.credential else {
            throw Failure(reason: "the JWT carries no credential: its payload has neither a “vc” claim nor an @context")
        }
        self.init(format: format, credential: credential, jwt: verification)
    }

    /// The first byte that is not whitespace (after a UTF-8 byte order mark) is `{` or `[`.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        let first = rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}

/// What an app sends to register (RFC 7591 §2, with the fields OB 3.0 requires), and what Cairn
/// answers: the same fields as kept, plus the credentials the app authenticates with.
public struct ClientMetadata: Codable, Sendable, Equatable {
    public var clientName: String?
    public var clientURI: String?
    public var logoURI: String?
    public var tosURI: String?
    public var policyURI: String?
    public var softwareID: String?
    public var softwareVersion: String?
    public var redirectURIs: [String]?
    public var scope: String?
    public var tokenEndpointAuthMethod: String?
    public var grantTypes: [String]?
    public var responseTypes: [String]?
    public var contacts: [String]?

    public init(clientName: String? = nil, clientURI: String? = nil, logoURI: String? = nil, tosURI: String? = nil,
                policyURI: String? = nil, softwareID: String? = nil, softwareVersion: String? = nil, redirectURIs: [String]? = nil,
                scope: String? = nil, tokenEndpointAuthMethod: String? = nil, grantTypes: [String]? = nil,
                responseTypes: [String]? = nil, contacts: [String]? = nil) {
        self.clientName = clientName
        self.clientURI = clientURI
        self.logoURI = logoURI
        self.tosURI = tosURI
        self.policyURI = policyURI
        self.softwareID = softwareID
        self.softwareVersion = softwareVersion
        self.redirectURIs = redirectURIs
        self.scope = scope
        self.tokenEndpointAuthMethod = tokenEndpointAuthMethod
        self.grantTypes = grantTypes
        self.responseTypes = responseTypes
        self.contacts = contacts
    }

    enum CodingKeys: String, CodingKey {
        case clientName = "client_name", clientURI = "client_uri", logoURI = "logo_uri", tosURI = "tos_uri", policyURI = "policy_uri"
        case softwareID = "software_id", softwareVersion = "software_version", redirectURIs = "redirect_uris", scope
        case tokenEndpointAuthMethod = "token_endpoint_auth_method", grantTypes = "grant_types", responseTypes = "response_types"
        case contacts
    }
}

/// The answer to a registration (RFC 7591 §3.2.1): the metadata as Cairn keeps it, the client's
/// id and its secret (shown this once; it never expires).
public struct RegisteredClient: Encodable, Sendable {
    public let clientID: String
    public let clientSecret: String
    public let clientIDIssuedAt: Int
    public let clientSecretExpiresAt: Int
    public let metadata: ClientMetadata

    enum CodingKeys: String, CodingKey {
        case clientID = "client_id", clientSecret = "client_secret", clientIDIssuedAt = "client_id_issued_at"
        case clientSecretExpiresAt = "client_secret_expires_at"
    }

    public func encode(to encoder: any Encoder) throws {
        try metadata.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(clientID, forKey: .clientID)
        try container.encode(clientSecret, forKey: .clientSecret)
        try container.encode(clientIDIssuedAt, forKey: .clientIDIssuedAt)
        try container.encode(clientSecretExpiresAt, forKey: .clientSecretExpiresAt)
    }
}

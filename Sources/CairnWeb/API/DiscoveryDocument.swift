import CairnCore
import Foundation

/// The OB 3.0 service description (`getServiceDescription`): a profiled copy of the OB 3.0 OpenAPI
/// file with Cairn's URLs, the operations Cairn serves, and the OAuth 2.0 authorization code flow
/// with its registration, authorization, token and refresh URLs and the four scopes (the two write
/// scopes listed, as the spec's document does, though Cairn refuses them).
enum DiscoveryDocument {
    /// The document for an installation reached at `baseURL`, as JSON text.
    static func json(baseURL: String) -> [UInt8] {
        let api = baseURL + APIEndpoints.base
        let bearer: [[String: [String]]] = [["OAuth2ACG": [APIScope.credentialReadonly.rawValue]]]
        let profileScope: [[String: [String]]] = [["OAuth2ACG": [APIScope.profileReadonly.rawValue]]]
        func errors(_ codes: [String]) -> [String: Any] {
            var responses: [String: Any] = [:]
            for code in codes {
                responses[code] = ["description": "Imsx_StatusInfo", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Imsx_StatusInfo"]]]]
            }
            return responses
        }
        let document: [String: Any] = [
            "openapi": "3.0.1",
            "info": [
                "title": "Cairn: Open Badges API",
                "description": "Read the Open Badges 3.0 credentials an educator earned on Cairn, and their profile.",
                "version": "3.0",
                "termsOfService": baseURL + "/",
                "x-imssf-privacyPolicyUrl": baseURL + "/",
                "x-imssf-image": baseURL + "/assets/favicon.svg",
            ] as [String: Any],
            "servers": [["url": api, "description": "This Cairn installation"]],
            "tags": [["name": "OpenBadgeCredentials"], ["name": "Discovery"]],
            "paths": [
                "/credentials": [
                    "get": [
                        "tags": ["OpenBadgeCredentials"], "operationId": "getCredentials",
                        "summary": "The credentials issued to the authenticated educator, newest first.",
                        "parameters": [
                            ["name": "limit", "in": "query", "required": false, "schema": ["type": "integer", "minimum": 1]],
                            ["name": "offset", "in": "query", "required": false, "schema": ["type": "integer", "minimum": 0]],
                            ["name": "since", "in": "query", "required": false, "schema": ["type": "string", "format": "date-time"]],
                        ] as [[String: Any]],
                        "security": bearer,
                        "responses": errors(["400", "401", "403", "405", "500", "default"]).merging([
                            "200": ["description": "GetOpenBadgeCredentialsResponse",
                                    "headers": ["X-Total-Count": ["schema": ["type": "integer"]], "Link": ["schema": ["type": "string"]]],
                                    "content": ["application/json": ["schema": ["$ref": "#/components/schemas/GetOpenBadgeCredentialsResponse"]]]],
                        ]) { $1 },
                    ] as [String: Any],
                ],
                "/profile": [
                    "get": [
                        "tags": ["OpenBadgeCredentials"], "operationId": "getProfile",
                        "summary": "The authenticated educator's profile.",
                        "security": profileScope,
                        "responses": errors(["400", "401", "403", "404", "405", "500", "default"]).merging([
                            "200": ["description": "Profile", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Profile"]]]],
                        ]) { $1 },
                    ] as [String: Any],
                ],
                "/discovery": [
                    "get": [
                        "tags": ["Discovery"], "operationId": "getServiceDescription", "security": [] as [Any],
                        "responses": errors(["default"]).merging(["200": ["description": "This document"]]) { $1 },
                    ] as [String: Any],
                ],
            ] as [String: Any],
            "components": [
                "securitySchemes": [
                    "OAuth2ACG": [
                        "type": "oauth2",
                        "description": "OAuth 2.0 authorization code grant with PKCE (S256) and dynamic client registration.",
                        "x-imssf-registrationUrl": baseURL + APIEndpoints.register.path(),
                        "flows": [
                            "authorizationCode": [
                                "authorizationUrl": baseURL + APIEndpoints.authorize.path(),
                                "tokenUrl": baseURL + APIEndpoints.token.path(),
                                "refreshUrl": baseURL + APIEndpoints.token.path(),
                                "x-cairn-revocationUrl": baseURL + APIEndpoints.revoke.path(),
                                "scopes": Dictionary(uniqueKeysWithValues: APIScope.allCases.map { scope in
                                    (scope.rawValue, scope.isGranted ? scope.summary : scope.summary + " (refused by Cairn)")
                                }),
                            ] as [String: Any],
                        ],
                    ] as [String: Any],
                ],
                "schemas": [
                    "GetOpenBadgeCredentialsResponse": ["$ref": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_getopenbadgecredentialsresponse_schema.json"],
                    "Profile": ["$ref": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_profile_schema.json"],
                    "Imsx_StatusInfo": ["$ref": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_imsx_statusinfo_schema.json"],
                ],
            ] as [String: Any],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Array(data)
    }
}

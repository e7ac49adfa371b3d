import CairnHTTP

/// Reads the flash message cookie into the request, and clears it once shown.
struct FlashMiddleware: Middleware {
    func handle(_ request: Request, next: (Request) throws -> Response) throws -> Response {
        var request = request
        let flash = FlashCookie.read(request)
        request[FlashKey.self] = flash
        var response = try next(request)
        let settingNewFlash = response.headers.values("Set-Cookie").contains { $0.hasPrefix(FlashCookie.name + "=") }
        if request.cookies[FlashCookie.name] != nil, !settingNewFlash, response.status.code < 300 || response.status.code >= 400 {
            response.setCookie(.expired(FlashCookie.name))
        }
        return response
    }
}

/// Request attribute: the flash messages left by the previous request.
enum FlashKey: RequestAttributeKey { typealias Value = [Flash] }

import CairnCore
import CairnHTTP
import Foundation

extension UploadError: HTTPResponseError {
    public var status: HTTPStatus {
        switch self {
        case .invalidFilename, .invalidSize, .emptyChunk: .badRequest
        case .tooLarge, .beyondDeclaredSize: .contentTooLarge
        case .tooManyInProgress: .tooManyRequests
        case .offsetMismatch, .alreadyComplete: .conflict
        }
    }

    public var message: String {
        switch self {
        case .invalidFilename: "The file needs a name of at most 255 characters."
        case .invalidSize: "The file is empty."
        case .tooLarge(let maximum): "The file is larger than the \(ByteCountFormatter.string(fromByteCount: maximum, countStyle: .binary)) allowed."
        case .tooManyInProgress(let limit): "You already have \(limit) uploads in progress: finish or cancel one first."
        case .offsetMismatch(let current): "The server has \(current) bytes of this file: continue from there."
        case .beyondDeclaredSize(let total): "This chunk goes past the file's declared size of \(total) bytes."
        case .emptyChunk: "The chunk is empty."
        case .alreadyComplete: "This upload is already complete."
        }
    }

    /// JSON with the message and, for a wrong offset, where to resume (also in `Upload-Offset`).
    public func response(for request: Request) -> Response {
        struct Problem: Encodable { let error: String; let offset: Int64? }
        var offset: Int64?
        if case .offsetMismatch(let current) = self { offset = current }
        var response = (try? Response.json(Problem(error: message, offset: offset), status: status)) ?? .text(message, status: status)
        if let offset { response.headers.set("Upload-Offset", String(offset)) }
        return response
    }
}

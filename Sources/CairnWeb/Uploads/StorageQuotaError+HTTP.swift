import CairnCore
import CairnHTTP
import Foundation

/// A file past the person's storage quota: 413 in JSON for the upload API, and the same words
/// beside the file field of the workspace.
extension StorageQuotaError: HTTPResponseError {
    public var status: HTTPStatus { .contentTooLarge }

    public var message: String {
        func size(_ bytes: Int64) -> String { ByteCountFormatter.string(fromByteCount: bytes, countStyle: .binary) }
        return "Your evidence and uploads take \(size(usedBytes)) of the \(size(maximumBytes)) each person may keep, "
            + "and this file needs \(size(requestedBytes)) more: remove files you no longer need, then try again."
    }

    public func response(for request: Request) -> Response {
        struct Problem: Encodable { let error: String }
        return (try? Response.json(Problem(error: message), status: status)) ?? .text(message, status: status)
    }
}

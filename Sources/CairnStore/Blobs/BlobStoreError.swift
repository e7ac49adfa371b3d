/// Why a blob could not be stored.
public struct BlobStoreError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
    public let path: String
    public let errno: Int32

    public var description: String { "\(message) (\(path)): errno \(errno)" }
}

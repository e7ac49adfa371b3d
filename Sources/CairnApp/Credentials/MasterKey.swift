import CairnCore
import CairnCredentials
import CairnStore
import Foundation

/// The installation's master key, which seals every organization's signing key at rest: 32 bytes
/// from `CAIRN_MASTER_KEY` (64 hexadecimal digits), or else from `master.key` in the data directory,
/// created on first need, readable by its owner only.
///
/// Servers sharing one PostgreSQL database must share the key: set `CAIRN_MASTER_KEY` on each.
enum MasterKey {
    /// The key file's name in the data directory.
    static let fileName = "master.key"

    /// The master key the configuration names, creating the key file on first need.
    static func load(_ configuration: AppConfiguration) throws(CredentialError) -> [UInt8] {
        if !configuration.masterKey.isEmpty {
            guard let key = parse(configuration.masterKey) else {
                throw .signingKeyUnavailable("CAIRN_MASTER_KEY must be 64 hexadecimal digits")
            }
            return key
        }
        let path = configuration.dataDirectory + "/" + fileName
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            guard let key = parse(text) else { throw .signingKeyUnavailable("\(fileName) in the data directory is not 64 hexadecimal digits") }
            return key
        }
        return try create(at: path)
    }

    /// A new random key written to a file that did not exist, with mode 600; when another process
    /// made it first, theirs is read.
    private static func create(at path: String) throws(CredentialError) -> [UInt8] {
        let key = Crypto.randomBytes(32)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST, let text = try? String(contentsOfFile: path, encoding: .utf8), let existing = parse(text) { return existing }
            throw .signingKeyUnavailable("cannot create \(fileName) in the data directory: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let text = Array((Crypto.hex(key) + "\n").utf8)
        guard write(descriptor, text, text.count) == text.count, fsync(descriptor) == 0 else {
            unlink(path)
            throw .signingKeyUnavailable("cannot write \(fileName) in the data directory")
        }
        return key
    }

    /// 32 bytes from 64 hexadecimal digits (surrounding whitespace ignored); nil otherwise.
    static func parse(_ text: String) -> [UInt8]? {
        let digits = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard digits.utf8.count == 64, let bytes = Hex.decode(digits), bytes.count == 32 else { return nil }
        return bytes
    }
}

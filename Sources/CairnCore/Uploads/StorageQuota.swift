import Foundation

/// What a person keeps in one organization's storage: the files of their evidence, and uploads
/// not (or not yet) part of any evidence.
public struct StorageUsage: Sendable, Equatable {
    public var evidenceBytes: Int64
    public var unattachedUploadBytes: Int64

    public init(evidenceBytes: Int64, unattachedUploadBytes: Int64) {
        self.evidenceBytes = evidenceBytes
        self.unattachedUploadBytes = unattachedUploadBytes
    }

    public var totalBytes: Int64 { evidenceBytes + unattachedUploadBytes }
}

/// The most a person may keep, evidence and unattached uploads together, so that one account
/// (or a stolen one) cannot fill the disk every teacher's evidence shares.
public struct StorageQuota: Sendable, Equatable {
    public var maximumBytesPerPerson: Int64

    public init(maximumBytesPerPerson: Int64 = 20 << 30) { self.maximumBytesPerPerson = maximumBytesPerPerson }

    /// Checks that `bytes` more fit beside what the person keeps already.
    public func check(adding bytes: Int64, to usage: StorageUsage) throws(StorageQuotaError) {
        guard usage.totalBytes + bytes <= maximumBytesPerPerson else {
            throw StorageQuotaError(maximumBytes: maximumBytesPerPerson, usedBytes: usage.totalBytes, requestedBytes: bytes)
        }
    }
}

/// A file that would take a person past their storage quota.
public struct StorageQuotaError: Error, Equatable, Sendable {
    public let maximumBytes: Int64
    public let usedBytes: Int64
    public let requestedBytes: Int64
}

extension StorageQuotaError: DomainError {
    public var kind: DomainErrorKind { .tooLarge }

    public var message: String {
        func size(_ bytes: Int64) -> String { ByteCountFormatter.string(fromByteCount: bytes, countStyle: .binary) }
        return "Your evidence and uploads take \(size(usedBytes)) of the \(size(maximumBytes)) each person may keep, "
            + "and this file needs \(size(requestedBytes)) more: remove files you no longer need, then try again."
    }
}

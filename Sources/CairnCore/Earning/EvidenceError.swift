import Foundation

/// Why a piece of evidence cannot be opened or a workspace file cannot change.
public enum EvidenceError: Error, Equatable, Sendable {
    /// No such evidence for this member: an unknown enrollment or file, or one they may not open.
    case notFound
    /// The requirement holds this file already (its name, the requirement's title).
    case fileAlreadyAdded(filename: String, requirement: String)
    /// The upload chosen is not one of the educator's finished uploads.
    case uploadNotFinished
    /// The file does not fit the requirement (its limits, or a video without the consent confirmation).
    case doesNotFit(EvidenceFile, [CompletenessProblem])
    /// The requirement holds `EvidenceItem.maximumFiles` files (the requirement's title).
    case tooManyFiles(requirement: String)
    /// Captions were sent for a file that is not a video (its name).
    case captionsNeedAVideo(filename: String)
    /// A captions file over `WebVTT.maximumBytes` (its size in bytes).
    case captionsTooLarge(size: Int64)
    /// A captions file that is not WebVTT.
    case notCaptions
}

extension EvidenceError: DomainError {
    public var kind: DomainErrorKind {
        switch self {
        case .notFound: .notFound
        case .fileAlreadyAdded, .tooManyFiles: .conflict
        case .uploadNotFinished, .doesNotFit, .captionsNeedAVideo, .captionsTooLarge, .notCaptions: .invalidInput
        }
    }

    /// What a person reads when evidence is refused.
    public var message: String {
        switch self {
        case .notFound: "The address may be mistyped, or this evidence is not yours to open."
        case .uploadNotFinished: "That upload has not finished: wait until it shows 100%, or choose the file again."
        case .doesNotFit(let file, let problems): problems.first?.message ?? "\(file.filename) does not fit this requirement."
        case .fileAlreadyAdded(let filename, let requirement): "\(filename) is in “\(requirement)” already."
        case .tooManyFiles(let requirement): "“\(requirement)” holds at most \(EvidenceItem.maximumFiles) files: remove one first."
        case .captionsNeedAVideo(let filename): "Captions go with videos; \(filename) is not one."
        case .captionsTooLarge(let size):
            "A captions file can be at most \(Self.size(Int64(WebVTT.maximumBytes))); this one is \(Self.size(size))."
        case .notCaptions: "This is not a WebVTT captions file: it must be UTF-8 text starting with “WEBVTT” (save it as .vtt)."
        }
    }

    private static func size(_ bytes: Int64) -> String { ByteCountFormatter.string(fromByteCount: bytes, countStyle: .binary) }
}

/// Whether a workspace may be submitted: what is missing or out of limits, requirement by requirement.
public enum CompletenessCheck {
    /// Content types accepted for an extension of a requirement's list (the detected type must match one).
    static let contentTypes: [String: [String]] = [
        "pdf": ["application/pdf"], "jpg": ["image/jpeg"], "jpeg": ["image/jpeg"], "png": ["image/png"],
        "gif": ["image/gif"], "txt": ["text/plain"], "mp4": ["video/mp4"], "mov": ["video/quicktime"],
        "webm": ["video/webm"], "m4v": ["video/mp4", "video/x-m4v"],
        "docx": ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        "pptx": ["application/vnd.openxmlformats-officedocument.presentationml.presentation"],
        "xlsx": ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ]

    /// The problems, in the design's requirement order; empty when the workspace may be submitted.
    ///
    /// Optional requirements left empty are fine; anything filled in must be within its limits.
    public static func check(workspace: Workspace, design: Design) -> [CompletenessProblem] {
        var problems: [CompletenessProblem] = []
        for requirement in design.requirements {
            let id = requirement.id, title = requirement.title, limits = requirement.limits
            func add(_ kind: CompletenessProblem.Kind, _ message: String) {
                problems.append(CompletenessProblem(requirementID: id, kind: kind, message: message))
            }
            guard let item = workspace.entry(for: id), !item.isEmpty else {
                if requirement.required { add(.missing, "“\(title)” is required: add your evidence.") }
                continue
            }
            let words = item.wordCount
            if let minimum = limits.minWords, words < minimum {
                add(.tooFewWords(count: words, minimum: minimum), "“\(title)” needs at least \(minimum) words; it has \(words).")
            }
            if let maximum = limits.maxWords, words > maximum {
                add(.tooManyWords(count: words, maximum: maximum), "“\(title)” allows at most \(maximum) words; it has \(words).")
            }
            for file in item.files {
                if !accepts(file, limits.fileTypes) {
                    let list = limits.fileTypes.map { $0.uppercased() }.joined(separator: ", ")
                    add(.wrongFileType(filename: file.filename, accepted: limits.fileTypes),
                        limits.fileTypes.isEmpty ? "“\(title)” does not take files; remove \(file.filename)."
                                                 : "\(file.filename) is not a file “\(title)” accepts (\(list)).")
                }
                if let megabytes = limits.maxFileMegabytes, file.size > Int64(megabytes) * 1_048_576 {
                    add(.fileTooLarge(filename: file.filename, megabytes: megabytes), "\(file.filename) is larger than \(megabytes) MB.")
                }
                if file.isVideo {
                    if let minutes = limits.maxVideoMinutes, let seconds = file.videoDurationSeconds, seconds > Double(minutes * 60) {
                        add(.videoTooLong(filename: file.filename, minutes: minutes), "\(file.filename) is longer than \(minutes) minutes.")
                    }
                    if !file.consentConfirmed {
                        add(.consentNotConfirmed(filename: file.filename),
                            "Confirm that the students shown in \(file.filename) have consent on file.")
                    }
                }
            }
        }
        return problems
    }

    /// A file is accepted when its extension is listed and its detected content type fits that extension.
    static func accepts(_ file: EvidenceFile, _ fileTypes: [String]) -> Bool {
        let ext = file.fileExtension
        guard fileTypes.contains(ext) else { return false }
        guard let types = contentTypes[ext] else { return true }
        return types.contains(file.contentType.lowercased())
    }
}

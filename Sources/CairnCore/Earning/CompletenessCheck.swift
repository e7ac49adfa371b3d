/// Whether a workspace may be submitted: what is missing or out of limits, requirement by requirement.
public enum CompletenessCheck {
    /// Content types accepted for an extension of a requirement's list (the detected type must match one).
    static let contentTypes: [String: [String]] = [
        "pdf": ["application/pdf"], "jpg": ["image/jpeg"], "jpeg": ["image/jpeg"], "png": ["image/png"],
        "gif": ["image/gif"], "webp": ["image/webp"], "txt": ["text/plain"], "mp4": ["video/mp4"], "mov": ["video/quicktime"],
        "webm": ["video/webm"], "m4v": ["video/mp4", "video/x-m4v"],
        "docx": ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        "pptx": ["application/vnd.openxmlformats-officedocument.presentationml.presentation"],
        "xlsx": ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ]

    /// The problems, in the design's requirement order; empty when the workspace may be submitted.
    ///
    /// Optional requirements left empty are fine; anything filled in must be within its limits, and
    /// a required classroom video needs a video among its files.
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
            // Counting words reads the whole text: only where the requirement limits them.
            let words = limits.minWords == nil && limits.maxWords == nil ? 0 : item.wordCount
            if let minimum = limits.minWords, words < minimum {
                add(.tooFewWords(count: words, minimum: minimum), "“\(title)” needs at least \(minimum) words; it has \(words).")
            }
            if let maximum = limits.maxWords, words > maximum {
                add(.tooManyWords(count: words, maximum: maximum), "“\(title)” allows at most \(maximum) words; it has \(words).")
            }
            if requirement.required, requirement.kind == .classroomVideo, !item.files.contains(where: \.isVideo) {
                add(.videoMissing, "“\(title)” needs a video of your classroom: add one.")
            }
            for file in item.files { problems += self.problems(with: file, for: requirement) }
        }
        return problems
    }

    /// What keeps one file from being evidence for a requirement: its type (by content), size,
    /// video length, and for a video the educator's confirmation of consent. Empty when it fits.
    public static func problems(with file: EvidenceFile, for requirement: EvidenceRequirement) -> [CompletenessProblem] {
        let title = requirement.title, limits = requirement.limits
        var problems: [CompletenessProblem] = []
        func add(_ kind: CompletenessProblem.Kind, _ message: String) {
            problems.append(CompletenessProblem(requirementID: requirement.id, kind: kind, message: message))
        }
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
        return problems
    }

    /// A file is accepted when its detected content type is one a listed extension stands for (the
    /// name does not matter); for a listed extension Cairn knows no type of, the name must carry it.
    static func accepts(_ file: EvidenceFile, _ fileTypes: [String]) -> Bool {
        let mediaType = file.contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return fileTypes.contains { type in
            guard let types = contentTypes[type] else { return type == file.fileExtension }
            return types.contains(mediaType)
        }
    }
}

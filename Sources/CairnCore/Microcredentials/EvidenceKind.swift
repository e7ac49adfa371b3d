/// What type of evidence a requirement asks for.
public enum EvidenceKind: String, Codable, CaseIterable, Hashable, Sendable {
    case lessonPlan = "lesson-plan"
    case studentWork = "student-work"
    case reflection
    case classroomVideo = "classroom-video"
    case assessment
    case other

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .lessonPlan: "Lesson plan"
        case .studentWork: "Student work samples"
        case .reflection: "Reflection"
        case .classroomVideo: "Classroom video"
        case .assessment: "Assessment"
        case .other: "Other"
        }
    }
}

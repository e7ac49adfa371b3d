import CairnCore
import CairnStore
import Foundation

/// A district-sized demo organization, Northfield Public Schools, for measuring Cairn on the data a
/// large district accumulates: tens of thousands of educators in 40 schools, a thousand assessors
/// and coaches, 60 published microcredentials, and years of enrollments, evidence, submissions,
/// reviews and awards.
///
/// Every record is built with `CairnCore`'s rules (a submission passes the completeness check, a
/// review the rubric, an award follows from an earned review) and written with bulk inserts, a
/// batch of educators per transaction, not through the workflows one request at a time.
public enum DistrictDemo {
    /// How big the district is.
    public struct Scale: Sendable {
        public var educators: Int
        public var schools: Int
        public var assessors: Int
        public var coaches: Int
        public var microcredentials: Int
        /// How many of the latest awards get their signed credential (every award does in a real
        /// district; signing all 80,000 would take minutes, and pages read one credential at a time).
        public var credentials: Int

        public init(educators: Int, schools: Int, assessors: Int, coaches: Int, microcredentials: Int, credentials: Int = 20) {
            self.educators = educators
            self.schools = schools
            self.assessors = assessors
            self.coaches = coaches
            self.microcredentials = microcredentials
            self.credentials = credentials
        }

        /// 50,000 educators in 40 schools, 600 assessors and 400 coaches, 60 microcredentials; the latest 2,000 awards signed.
        public static let district = Scale(educators: 50_000, schools: 40, assessors: 600, coaches: 400, microcredentials: 60,
                                           credentials: 2_000)
    }

    /// What was written, counted.
    public struct Counts: Sendable, Equatable {
        public var members = 0
        public var enrollments = 0
        public var evidenceItems = 0
        public var submissions = 0
        public var reviews = 0
        public var awards = 0
        public var videoComments = 0
        public var secondScores = 0
        public var credentials = 0
        public var revokedCredentials = 0
    }

    public static let slug = "northfield"

    /// The district's sign-ins (the demo password), each a member of the generated data.
    public static let logins: [Demo.Login] = [
        Demo.Login(role: "admin", email: "admin@northfield.example"),
        Demo.Login(role: "designer", email: "designer@northfield.example"),
        Demo.Login(role: "assessor", email: "assessor@northfield.example"),
        Demo.Login(role: "coach", email: "coach@northfield.example"),
        Demo.Login(role: "educator", email: "educator@northfield.example"),
    ]

    /// Seeds Northfield at `scale`; nil when it exists already.
    ///
    /// - Parameter progress: told after each batch how many educators are written.
    public static func seed(into installation: Installation, scale: Scale = .district,
                            progress: (Int) -> Void = { _ in }) throws -> Counts? {
        let store = installation.store
        if try store.organizations.fetch(slug: slug) != nil { return nil }
        let now = installation.clock()
        let hash = try installation.passwords.hash(Demo.password)
        var plan = try DistrictPlan(scale: scale, installation: installation, at: now)
        try store.load { loader in try plan.seedOrganization(hash: hash, loader: loader) }
        try plan.seedMicrocredentials(store: store)
        try store.load { loader in try plan.assignAssessors(loader: loader) }
        let batch = 1_000
        for start in stride(from: 0, to: scale.educators, by: batch) {
            try store.load { loader in
                for index in start..<min(start + batch, scale.educators) { try plan.seedEducator(index, hash: hash, loader: loader) }
            }
            progress(min(start + batch, scale.educators))
        }
        try plan.issueCredentials(installation: installation)
        try store.refreshPlannerStatistics()
        return plan.counts
    }
}

/// The district as it is being written: its people, microcredentials and the running counts.
struct DistrictPlan {
    let scale: DistrictDemo.Scale
    let organization: Organization
    let now: Date
    var counts = DistrictDemo.Counts()
    private var files: DemoFiles
    private var schools: [School] = []
    private var assessors: [Person.ID] = []
    private var designer: Person.ID?
    private var versions: [MicrocredentialVersion] = []
    private var assessorsOf: [[Person.ID]] = []
    private var fileFor: [String: EvidenceFile] = [:]
    private var enrollmentCount = 0

    init(scale: DistrictDemo.Scale, installation: Installation, at now: Date) throws {
        self.scale = scale
        self.now = now
        organization = Organization(name: "Northfield Public Schools", slug: DistrictDemo.slug, createdAt: now.addingTimeInterval(-3 * 365 * 86400))
        files = DemoFiles(installation: installation)
        fileFor = [
            "pdf": try files.evidenceFile(Demo.Item.File(asset: "hinge-question-lesson-plan.pdf", filename: "lesson-plan.pdf")),
            "video": try files.evidenceFile(Demo.Item.File(asset: "classroom-video.mp4", filename: "classroom.mp4")),
        ]
    }

    private func ago(days: Double) -> Date { now.addingTimeInterval(-days * 86400) }

    // MARK: People

    /// The organization, its schools, its admins, designers, assessors and coaches.
    mutating func seedOrganization(hash: String, loader: BulkLoader) throws {
        try loader.add(organization)
        for index in 0..<scale.schools {
            let name = "\(DistrictNames.schoolPlaces[index % DistrictNames.schoolPlaces.count]) \(DistrictNames.schoolKinds[(index / DistrictNames.schoolPlaces.count) % DistrictNames.schoolKinds.count])"
                + (index >= DistrictNames.schoolPlaces.count * DistrictNames.schoolKinds.count ? " \(index)" : "")
            let school = School(organizationID: organization.id, name: name)
            try loader.add(school)
            schools.append(school)
        }
        _ = try addPerson("admin@northfield.example", name: "Renata Alvarez", roles: [.admin], school: nil, hash: hash, loader: loader,
                          isOperator: false)
        designer = try addPerson("designer@northfield.example", name: "Marcus Lee", roles: [.designer, .coach], school: nil, hash: hash,
                                 loader: loader)
        for index in 0..<scale.assessors {
            let email = index == 0 ? "assessor@northfield.example" : "assessor\(index)@northfield.example"
            assessors.append(try addPerson(email, name: DistrictNames.person(index + 700_000), roles: [.assessor],
                                           school: schools[index % schools.count].id, hash: hash, loader: loader))
        }
        for index in 0..<scale.coaches {
            let email = index == 0 ? "coach@northfield.example" : "coach\(index)@northfield.example"
            _ = try addPerson(email, name: DistrictNames.person(index + 800_000), roles: [.coach], school: schools[index % schools.count].id,
                              hash: hash, loader: loader)
        }
    }

    private mutating func addPerson(_ email: String, name: String, roles: Set<Role>, school: School.ID?, hash: String,
                                    loader: BulkLoader, isOperator: Bool = false) throws -> Person.ID {
        let person = Person(email: try EmailAddress(email), displayName: name, createdAt: organization.createdAt, isOperator: isOperator)
        try loader.add(person, passwordHash: hash)
        try loader.add(Membership(organizationID: organization.id, personID: person.id, roles: roles, schoolID: school,
                                  createdAt: organization.createdAt))
        counts.members += 1
        return person.id
    }

    // MARK: Microcredentials

    /// The demo's designs, each offered for several focus areas, all published.
    /// Signs the credentials of the district's latest awards, as the decisions would have, a batch per
    /// transaction, and revokes one in fifty (so its revocation list has bits set).
    mutating func issueCredentials(installation: Installation) throws {
        let store = installation.store
        let awards = try store.reviews.latestAwards(in: organization.id, limit: scale.credentials)
        var versionsByID = Dictionary(uniqueKeysWithValues: versions.map { ($0.id, $0) })
        for batch in stride(from: 0, to: awards.count, by: 200) {
            let slice = awards[batch..<min(batch + 200, awards.count)]
            try store.write { tx in
                for (offset, award) in slice.enumerated() {
                    let version = try versionsByID[award.versionID]
                        ?? store.microcredentials.findVersion(award.versionID, in: organization.id, in: tx)
                    versionsByID[version.id] = version
                    let credential = try Issuing(installation: installation).issue(award, version: version, at: award.decidedAt, in: tx)
                    counts.credentials += 1
                    if (batch + offset) % 50 == 49, let admin = designer {
                        _ = try store.credentials.changeStatus(of: credential.id, in: organization.id, to: .revoked,
                                                               reason: "Awarded in error.", by: admin, at: now, in: tx)
                        counts.revokedCredentials += 1
                    }
                }
            }
        }
    }

    mutating func seedMicrocredentials(store: Store) throws {
        guard let designer else { return }
        let designs = try Demo.designSlugs.map { ($0, try Demo.design($0)) }
        for index in 0..<scale.microcredentials {
            let (slug, base) = designs[index % designs.count]
            let focus = DistrictNames.focusAreas[(index / designs.count) % DistrictNames.focusAreas.count]
            var design = base
            design.title = "\(base.title): \(focus.title)"
            let microcredential = Microcredential(organizationID: organization.id, slug: "\(slug)-\(focus.slug)",
                                                  createdAt: ago(days: 900), createdBy: designer)
            let draft = try store.microcredentials.create(microcredential, design: design)
            versions.append(try store.microcredentials.transition(draft.id, to: .published, at: ago(days: 800), in: organization.id))
        }
    }

    /// Each assessor reviews three microcredentials, spread evenly.
    mutating func assignAssessors(loader: BulkLoader) throws {
        assessorsOf = Array(repeating: [], count: versions.count)
        guard !versions.isEmpty else { return }
        for (index, assessor) in assessors.enumerated() {
            for step in 0..<3 {
                let target = (index + step * max(1, versions.count / 3)) % versions.count
                guard !assessorsOf[target].contains(assessor) else { continue }
                try loader.assign(assessor, to: versions[target].microcredentialID, in: organization.id)
                assessorsOf[target].append(assessor)
            }
        }
    }

    // MARK: Educators and their work

    /// Where one enrollment stands; the cycle gives the district's mix (two thirds earned).
    enum Story {
        case earned, notYetThenEarned, notYetTwice, awaiting, claimed, notYet, inProgress

        static let cycle: [Story] = [
            .earned, .notYetThenEarned, .notYet, .claimed, .earned, .inProgress, .earned, .awaiting,
            .earned, .notYetTwice, .earned, .earned, .earned, .notYetThenEarned, .earned, .inProgress,
            .earned, .notYet, .earned, .notYetTwice, .earned, .earned, .earned, .earned,
        ]
    }

    /// One educator with their enrollments (two, or four for every fifth educator).
    mutating func seedEducator(_ index: Int, hash: String, loader: BulkLoader) throws {
        let email = index == 0 ? "educator@northfield.example" : "educator\(index)@northfield.example"
        let educator = try addPerson(email, name: DistrictNames.person(index), roles: [.educator], school: schools[index % schools.count].id,
                                     hash: hash, loader: loader)
        guard !versions.isEmpty else { return }
        let enrollments = index % 5 == 0 ? 4 : 2
        for slot in 0..<min(enrollments, versions.count) {
            let versionIndex = (index * 7 + slot * 13) % versions.count
            let story = Story.cycle[DistrictNames.mixed(enrollmentCount) % Story.cycle.count]
            enrollmentCount += 1
            try seed(story, educator: educator, versionIndex: versionIndex, seed: index &* 31 &+ slot, loader: loader)
        }
    }

    private mutating func seed(_ story: Story, educator: Person.ID, versionIndex: Int, seed: Int, loader: BulkLoader) throws {
        let version = versions[versionIndex]
        let started = ago(days: Double(40 + seed % 600))
        let enrollment = Enrollment(organizationID: organization.id, educatorID: educator, microcredentialID: version.microcredentialID,
                                    versionID: version.id, startedAt: started, lastActivityAt: started.addingTimeInterval(20 * 86400))
        try loader.add(enrollment, closedAt: nil)
        counts.enrollments += 1
        let design = version.design
        let required = design.requirements.filter(\.required)
        var workspace = Workspace(entries: [])
        for (position, requirement) in (story == .inProgress ? Array(required.prefix(2)) : required).enumerated() {
            let entry = try item(for: requirement, variant: seed + position)
            workspace.save(entry)
            try loader.add(entry, to: enrollment.id, at: started.addingTimeInterval(Double(position + 1) * 86400))
            counts.evidenceItems += 1
        }
        let outcomes: [Decision?] = switch story {
        case .earned: [.earned]
        case .notYetThenEarned: [.notYet, .earned]
        case .notYetTwice: [.notYet, .notYet]
        case .notYet: [.notYet]
        case .awaiting, .claimed: [nil]
        case .inProgress: []
        }
        var previous: [Submission] = []
        for (attempt, outcome) in outcomes.enumerated() {
            let submittedAt = started.addingTimeInterval(Double(25 + attempt * 15) * 86400)
            var submission = try Submission.submit(enrollment, workspace: workspace, design: design, previous: previous,
                                                   at: min(submittedAt, now.addingTimeInterval(-86400)))
            let reviewers = assessorsOf[versionIndex]
            let assessor = reviewers.isEmpty ? nil : reviewers[(seed + attempt) % reviewers.count]
            guard let outcome, let assessor else {
                if story == .claimed, let assessor {
                    try submission.claim(by: assessor, at: now.addingTimeInterval(-3600))
                }
                try loader.add(submission)
                counts.submissions += 1
                break
            }
            let decidedAt = submission.submittedAt.addingTimeInterval(Double(2 + seed % 5) * 86400)
            try submission.claim(by: assessor, at: decidedAt.addingTimeInterval(-3600))
            let review = try Review.make(of: submission, by: assessor, scores: scores(outcome, rubric: design.rubric), summary:
                                            outcome == .earned ? "The evidence meets every criterion." : "Close: see the notes per criterion and try again.",
                                         rubric: design.rubric, at: decidedAt)
            guard review.decision == outcome else {
                throw Administration.Problem(description: "The district demo's scores for \(design.title) do not give \(outcome).")
            }
            try submission.decide(review, at: decidedAt)
            try loader.add(submission)
            counts.submissions += 1
            let award = Award.make(for: review, of: submission, version: version)
            try loader.add(review, award: award)
            counts.reviews += 1
            if award != nil { counts.awards += 1 }
            if outcome == .notYet, let video = submission.snapshot.items.flatMap(\.files).first(where: \.isVideo) {
                try loader.add(try VideoComment(submissionID: submission.id, fileSHA256: video.sha256, startSeconds: Double(10 + seed % 40),
                                                endSeconds: nil, text: "Here the question goes to the whole class: who answered?",
                                                criterionID: design.rubric.criteria.first?.id, authorID: assessor,
                                                createdAt: decidedAt.addingTimeInterval(-600)))
                counts.videoComments += 1
            }
            if seed % 20 == 0, let second = reviewers.first(where: { $0 != assessor }) {
                let levels = Dictionary(uniqueKeysWithValues: review.scores.enumerated().map { position, score in
                    (score.criterionID, position == 0 && seed % 40 == 0 ? design.rubric.levels[0].id : score.levelID)
                })
                try loader.add(SecondScoring.Score(submissionID: submission.id, assessorID: second, scores: levels,
                                                   scoredAt: decidedAt.addingTimeInterval(86400)))
                counts.secondScores += 1
            }
            previous.append(submission)
        }
    }

    /// Levels that give `decision`: the lowest level on every criterion for *not yet*; for *earned*
    /// the lowest level from the passing one up that the success rule accepts on every criterion.
    private func scores(_ decision: Decision, rubric: Rubric) -> [ScoreEntry] {
        var level = rubric.levels[0].id
        if decision == .earned {
            let passing = rubric.rank(of: rubric.passingLevelID) ?? 0
            level = rubric.levels[passing...].first { candidate in
                let all = Dictionary(uniqueKeysWithValues: rubric.criteria.map { ($0.id, candidate.id) })
                return (try? rubric.successRule.decide(all, in: rubric)) == .earned
            }?.id ?? rubric.passingLevelID
        }
        return rubric.criteria.map { criterion in
            ScoreEntry(criterionID: criterion.id, levelID: level,
                       feedback: decision == .earned ? "Clearly shown in the lesson and the student work." : "Not yet visible in the evidence.")
        }
    }

    /// An answer to a requirement within its limits: enough words, and a file of a type it takes.
    private func item(for requirement: EvidenceRequirement, variant: Int) throws -> EvidenceItem {
        let limits = requirement.limits
        let words = limits.minWords.map { $0 + 10 } ?? 24
        let text = DistrictNames.words(words, variant: variant)
        var files: [EvidenceFile] = []
        if requirement.kind == .classroomVideo, let video = fileFor["video"] {
            files = [video]
        } else if limits.fileTypes.contains("pdf"), let pdf = fileFor["pdf"] {
            files = [pdf]
        }
        return try EvidenceItem(requirementID: requirement.id, text: text, files: files)
    }
}

/// Invented names and words for the district: no real people.
enum DistrictNames {
    static let first = ["Avery", "Jordan", "Mina", "Tomás", "Keiko", "Olu", "Priya", "Samir", "Lena", "Marcus", "Nadia", "Elijah",
                        "Sofia", "Dmitri", "Amara", "Chen", "Isabel", "Kwame", "Hana", "Rafael", "Leah", "Mateo", "Zara", "Owen",
                        "Imani", "Lucas", "Yara", "Felix", "Noor", "Grace"]
    static let last = ["Okafor", "Lindqvist", "Haddad", "Nakamura", "Brennan", "Castillo", "Mensah", "Kowalski", "Rahman", "Duarte",
                       "Fischer", "Abara", "Sato", "Moreau", "Petrov", "Quinn", "Villanueva", "Osei", "Halvorsen", "Iyer",
                       "Delgado", "Novak", "Adeyemi", "Larsen", "Tanaka", "Romero", "Byrne", "Kaur", "Mbeki", "Walsh"]
    static let schoolPlaces = ["Maple", "Oak Hill", "Cedar", "Birchwood", "Willow Creek", "Aspen", "Pine Ridge", "Elm Street",
                               "Spruce", "Hawthorn"]
    static let schoolKinds = ["Elementary", "Middle School", "High School", "K–8 Academy"]
    static let focusAreas: [(title: String, slug: String)] = [
        ("Early Grades", "early-grades"), ("Upper Elementary", "upper-elementary"), ("Middle School Math", "middle-math"),
        ("Middle School Humanities", "middle-humanities"), ("High School Science", "high-science"),
        ("High School English", "high-english"), ("Multilingual Learners", "multilingual"), ("Special Education", "special-education"),
        ("Career and Technical Education", "cte"), ("Arts and Music", "arts"),
    ]
    private static let vocabulary = ["students", "questions", "evidence", "lesson", "thinking", "groups", "feedback", "reading",
                                     "discussion", "goals", "notes", "examples", "practice", "checked", "answered", "noticed",
                                     "explained", "compared", "discussed", "revised", "the", "class", "each", "while", "after"]

    /// A well-spread, repeatable number for `value` (SplitMix64's finalizer), so that stories and
    /// microcredentials do not fall into step with each other.
    static func mixed(_ value: Int) -> Int {
        var z = UInt64(truncatingIfNeeded: value) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }

    /// A name for the n-th person (combinations repeat, as names do).
    static func person(_ index: Int) -> String {
        "\(first[index % first.count]) \(last[(index / first.count + index) % last.count])"
    }

    /// `count` words of classroom prose, varied by `variant`.
    static func words(_ count: Int, variant: Int) -> String {
        (0..<count).map { vocabulary[($0 &* 7 &+ variant) % vocabulary.count] }.joined(separator: " ") + "."
    }
}

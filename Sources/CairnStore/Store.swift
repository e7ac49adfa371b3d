/// The database and the repositories over it: what the web application holds.
public final class Store: Sendable {
    public let database: any Database
    public let organizations: OrganizationRepository
    public let members: MemberRepository
    public let sessions: SessionRepository
    public let tokens: TokenRepository
    public let invitations: InvitationRepository
    public let reviewPolicies: ReviewPolicyRepository
    public let secrets: InstallationSecretRepository
    public let outbox: OutboxRepository
    public let signInAttempts: SignInAttemptRepository
    public let microcredentials: MicrocredentialRepository
    public let pilots: PilotRepository
    public let enrollments: EnrollmentRepository
    public let submissions: SubmissionRepository
    public let reviews: ReviewRepository
    public let calibration: CalibrationRepository
    public let uploads: UploadRepository
    public let notifications: NotificationRepository
    public let issuers: IssuerRepository
    public let credentials: CredentialRepository
    public let pathways: PathwayRepository
    public let oauth: OAuthRepository
    public let personalAccessTokens: PersonalAccessTokenRepository

    public init(database: any Database) {
        self.database = database
        organizations = OrganizationRepository(database: database)
        members = MemberRepository(database: database)
        sessions = SessionRepository(database: database)
        tokens = TokenRepository(database: database)
        invitations = InvitationRepository(database: database)
        reviewPolicies = ReviewPolicyRepository(database: database)
        secrets = InstallationSecretRepository(database: database)
        outbox = OutboxRepository(database: database)
        signInAttempts = SignInAttemptRepository(database: database)
        microcredentials = MicrocredentialRepository(database: database)
        pilots = PilotRepository(database: database)
        enrollments = EnrollmentRepository(database: database)
        submissions = SubmissionRepository(database: database)
        reviews = ReviewRepository(database: database)
        calibration = CalibrationRepository(database: database)
        uploads = UploadRepository(database: database)
        notifications = NotificationRepository(database: database)
        issuers = IssuerRepository(database: database)
        credentials = CredentialRepository(database: database)
        pathways = PathwayRepository(database: database)
        oauth = OAuthRepository(database: database)
        personalAccessTokens = PersonalAccessTokenRepository(database: database)
    }

    /// Runs the body in one write transaction, for use cases that span repositories.
    @discardableResult
    public func write<T>(_ body: (any Connection) throws -> T) throws -> T { try database.write(body) }

    /// Refreshes what the query planner knows of the tables' sizes, so that it walks the small side
    /// of a join (a district's 5,000 second scores, not its 130,000 submissions). SQLite keeps no
    /// statistics by itself: a full `ANALYZE` (about a second on a district's 2 GB; a sampled one
    /// misjudged how many rows an organization holds). PostgreSQL's autovacuum keeps its own.
    public func refreshPlannerStatistics() throws {
        guard database.engine == .sqlite else { return }
        try database.write { tx in try tx.execute("ANALYZE") }
    }

    /// Whether the database answers a trivial query (for health checks); throws what went wrong.
    public func checkConnection() throws {
        _ = try database.read { try $0.queryOne("SELECT 1 AS ok") }
    }
}

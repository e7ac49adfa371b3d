import Foundation
import Synchronization
import Testing
import CairnCore
@testable import CairnStore

@Suite struct TokenRepositoryTests {
    func token(_ f: Fixture, hash: String = "tokenhash", purpose: OneTimeToken.Purpose = .passwordReset) -> OneTimeToken {
        OneTimeToken(purpose: purpose, tokenHash: hash, personID: f.ana.id, organizationID: f.riverbend.id, createdAt: .fixture)
    }

    @Test(arguments: TestDatabase.available)
    func aTokenIsConsumedOnceBeforeItExpires(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            let t = token(f), late = token(f, hash: "late")
            try store.tokens.create(t)
            try store.tokens.create(late)
            #expect(try store.tokens.fetch(tokenHash: t.tokenHash, purpose: .passwordReset) == t)
            #expect(try store.tokens.consume(tokenHash: t.tokenHash, purpose: .invitation, at: Date.fixture.plus(minutes: 1)) == nil)
            let used = try #require(try store.tokens.consume(tokenHash: t.tokenHash, purpose: .passwordReset, at: Date.fixture.plus(minutes: 1)))
            #expect(used.usedAt == Date.fixture.plus(minutes: 1))
            #expect(try store.tokens.consume(tokenHash: t.tokenHash, purpose: .passwordReset, at: Date.fixture.plus(minutes: 2)) == nil)
            #expect(try store.tokens.consume(tokenHash: late.tokenHash, purpose: .passwordReset, at: Date.fixture.plus(minutes: 60)) == nil)
            #expect(try store.tokens.consume(tokenHash: "unknown", purpose: .passwordReset, at: .fixture) == nil)
            #expect(try store.tokens.fetch(tokenHash: late.tokenHash, purpose: .passwordReset)?.isUsable(at: Date.fixture.plus(minutes: 60)) == false)
        }
    }

    @Test(arguments: TestDatabase.available)
    func concurrentConsumersGetTheTokenExactlyOnce(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            try store.tokens.create(token(f, purpose: .invitation))
            let winners = Mutex(0), errors = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 10) { _ in
                do {
                    if try store.tokens.consume(tokenHash: "tokenhash", purpose: .invitation, at: Date.fixture.plus(minutes: 1)) != nil {
                        winners.withLock { $0 += 1 }
                    }
                } catch { errors.withLock { $0.append("\(error)") } }
            }
            #expect(errors.withLock { $0 } == [])
            #expect(winners.withLock { $0 } == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func unusedTokensCanBeRevoked(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let f = Fixture()
            try f.insert(into: store)
            for hash in ["one", "two"] { try store.tokens.create(token(f, hash: hash)) }
            try store.tokens.create(token(f, hash: "invite", purpose: .invitation))
            _ = try store.tokens.consume(tokenHash: "one", purpose: .passwordReset, at: .fixture)
            #expect(try store.write { try store.tokens.revokeUnused(for: f.ana.id, purpose: .passwordReset, in: $0) } == 1)
            #expect(try store.tokens.fetch(tokenHash: "two", purpose: .passwordReset) == nil)
            #expect(try store.tokens.fetch(tokenHash: "invite", purpose: .invitation) != nil)
        }
    }
}

@Suite struct OutboxRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func mailWaitsUntilSentAndFailuresAreCounted(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let to = try EmailAddress("ana@riverbend.example")
            let first = OutgoingMail(to: to, organizationID: nil, subject: "Welcome", text: "Hello, Ana.\nLine two ✓", createdAt: .fixture)
            let second = OutgoingMail(to: to, organizationID: nil, subject: "Reset", text: "Link", createdAt: Date.fixture.plus(minutes: 1))
            try store.outbox.enqueue(second)
            try store.outbox.enqueue(first)
            #expect(try store.outbox.pending() == [first, second])
            try store.outbox.markFailed(first.id, error: "SMTP 451")
            #expect(try store.outbox.fetch(first.id)?.attempts == 1)
            #expect(try store.outbox.fetch(first.id)?.lastError == "SMTP 451")
            #expect(try store.outbox.pending(maxAttempts: 1) == [second])
            try store.outbox.markSent(first.id, at: Date.fixture.plus(minutes: 5))
            let sent = try #require(try store.outbox.fetch(first.id))
            #expect(sent.sentAt == Date.fixture.plus(minutes: 5) && sent.attempts == 2 && sent.lastError == nil)
            #expect(try store.outbox.pending() == [second])
            #expect(try store.outbox.recent(limit: 10).map(\.id) == [second.id, first.id])
            #expect(try store.outbox.recent(limit: 1).map(\.id) == [second.id])
            #expect(throws: DatabaseError.notFound("outgoing mail")) { try store.outbox.markSent(.generate(), at: .fixture) }
        }
    }
}

@Suite struct SignInAttemptRepositoryTests {
    @Test(arguments: TestDatabase.available)
    func failuresAreCountedPerPairPerEmailAndPerAddress(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let attempts = store.signInAttempts
            let ana = "ana@riverbend.example"
            try attempts.recordFailure(email: ana, address: "192.0.2.1", at: Date.fixture.plus(minutes: -20))
            for minute in 0..<5 {
                try attempts.recordFailure(email: ana, address: "192.0.2.\(minute % 2 + 1)", at: Date.fixture.plus(minutes: Double(-minute)))
            }
            try attempts.recordFailure(email: "ben@lakeside.example", address: "192.0.2.1", at: .fixture)
            let since = Date.fixture.plus(minutes: -15)
            #expect(try attempts.failures(email: ana, since: since).count == 5)
            #expect(try attempts.failures(email: ana, since: since).first == Date.fixture.plus(minutes: -4))
            #expect(try attempts.failures(address: "192.0.2.1", since: since).count == 4)
            #expect(try attempts.failures(email: ana, address: "192.0.2.1", since: since).count == 3)
            #expect(try attempts.failures(email: ana, address: "192.0.2.1", since: Date.fixture.plus(minutes: -30)).count == 4)
            // Four failures of the pair: the next attempt waits two seconds after the latest.
            #expect(try attempts.decision(email: ana, address: "192.0.2.1", at: .fixture) == .retryAfter(Date.fixture.plus(minutes: 2.0 / 60)))
            #expect(try attempts.decision(email: ana, address: "198.51.100.1", at: .fixture) == .allowed, "another address is not slowed")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSuccessForgetsThePairsFailuresAndMakesTheAddressKnown(_ engine: TestDatabase) throws {
        try engine.withStore { store in
            let attempts = store.signInAttempts
            let ana = "ana@riverbend.example"
            for second in 0..<3 { try attempts.recordFailure(email: ana, address: "192.0.2.1", at: Date.fixture.plus(minutes: Double(-second) / 60)) }
            try attempts.recordFailure(email: ana, address: "203.0.113.9", at: .fixture)
            #expect(try !attempts.isKnown(email: ana, address: "192.0.2.1", since: .distantPast))
            try attempts.recordSuccess(email: ana, address: "192.0.2.1", at: .fixture)
            #expect(try attempts.failures(email: ana, address: "192.0.2.1", since: .distantPast).isEmpty)
            #expect(try attempts.failures(email: ana, address: "203.0.113.9", since: .distantPast).count == 1, "other pairs are kept")
            #expect(try attempts.isKnown(email: ana, address: "192.0.2.1", since: Date.fixture.plus(days: -1)))
            try attempts.recordSuccess(email: ana, address: "192.0.2.1", at: Date.fixture.plus(days: 1))
            #expect(try attempts.isKnown(email: ana, address: "192.0.2.1", since: .fixture), "a later success moves last_at")
            #expect(try attempts.purge(before: Date.fixture.plus(minutes: 1), knownBefore: Date.fixture.plus(days: 2)) == 2)
            #expect(try !attempts.isKnown(email: ana, address: "192.0.2.1", since: .distantPast))
        }
    }
}

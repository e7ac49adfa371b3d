import Foundation
import Synchronization
import Testing
@testable import CairnSync

@Suite struct ReadMostlyTests {
    @Test func writesAreSeenByLaterReads() {
        let kept = ReadMostly<[String: Int]>([:])
        #expect(kept.read { $0["a"] } == nil)
        kept.write { $0["a"] = 1 }
        #expect(kept.read { $0["a"] } == 1)
        let removed = kept.write { $0.removeValue(forKey: "a") }
        #expect(removed == 1)
        #expect(kept.read { $0.isEmpty })
    }

    @Test func concurrentWritesAreNeverLostAndReadersNeverSeeAHalfWrittenValue() async {
        // Each write changes both numbers together: a reader that saw them differ saw a write in progress.
        let pair = ReadMostly((first: 0, second: 0))
        let tornReads = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask { for _ in 0..<2_000 { pair.write { $0.first += 1; $0.second += 1 } }; return 0 }
                group.addTask { (0..<2_000).filter { _ in pair.read { $0.first != $0.second } }.count }
            }
            return await group.reduce(0, +)
        }
        #expect(pair.read { $0.first } == 8_000)
        #expect(pair.read { $0.second } == 8_000)
        #expect(tornReads == 0)
    }

    @Test func aWriterIsNotStarvedByReadersThatNeverStop() throws {
        // Readers overlap without a pause; a lock that always let a new reader in would keep the writer out.
        let value = ReadMostly(0)
        let stop = Atomic(false)
        let readers = (0..<3).map { _ in
            Thread {
                while !stop.load(ordering: .relaxed) { value.read { _ in usleep(50) } }
            }
        }
        readers.forEach { $0.start() }
        defer { stop.store(true, ordering: .relaxed) }
        usleep(20_000)  // the readers are under way
        let wrote = Atomic(false)
        let writer = Thread { value.write { $0 = 1 }; wrote.store(true, ordering: .relaxed) }
        writer.start()
        var waited = 0
        while !wrote.load(ordering: .relaxed), waited < 10_000 { usleep(1_000); waited += 1 }
        let written = wrote.load(ordering: .relaxed)
        #expect(written, "the write waited ten seconds behind the readers")
        #expect(value.read { $0 } == 1)
    }
}

import Foundation
import Synchronization
import Testing
@testable import CairnSync

@Suite struct PerThreadTests {
    @Test func aThreadKeepsItsNumberAndTwoThreadsHaveDifferentOnes() {
        let mine = ThreadSlot.current
        #expect(ThreadSlot.current == mine)
        let other = Mutex<Int?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread { other.withLock { $0 = ThreadSlot.current }; done.signal() }.start()
        done.wait()
        #expect(other.withLock { $0 } != nil)
        #expect(other.withLock { $0 } != mine)
    }

    @Test func everyThreadsChangesAreGatheredWithNoneLost() async {
        let counts = PerThread(parts: 4) { 0 }
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 { group.addTask { for _ in 0..<10_000 { counts.withCurrent { $0 += 1 } } } }
        }
        var total = 0
        counts.forEach { total += $0 }
        #expect(total == 80_000)
    }

    @Test func threadsWriteToTheirOwnParts() {
        // Two threads each add to their part; gathering finds two parts changed, each by its thread alone.
        // (Parts enough that the two threads' numbers cannot meet, whatever threads the tests beside start.)
        let counts = PerThread(parts: 4_096) { 0 }
        let done = DispatchSemaphore(value: 0)
        for amount in [1, 100] {
            Thread { for _ in 0..<amount { counts.withCurrent { $0 += 1 } }; done.signal() }.start()
        }
        done.wait()
        done.wait()
        var changed: [Int] = []
        counts.forEach { if $0 > 0 { changed.append($0) } }
        #expect(changed.sorted() == [1, 100])
    }
}

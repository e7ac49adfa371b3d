import Testing
@testable import Cairn

@Suite struct AllocatorTests {
    /// jemalloc's statistics count only what jemalloc allocated: if the C library's malloc were still the
    /// process's allocator, a large allocation would leave them unmoved.
    @Test func jemallocIsTheAllocatorThatServesCairn() {
        let before = AllocatorGauges.statistic("stats.allocated")
        let held = [UInt8](repeating: 1, count: 64 << 20)
        let during = AllocatorGauges.statistic("stats.allocated")
        #expect(during - before >= 64 << 20, "allocated \(before) bytes before, \(during) with 64 MiB held")
        #expect(AllocatorGauges.statistic("stats.resident") >= during)
        #expect(held.count == 64 << 20)
    }

    @Test func anUnknownStatisticReadsZero() {
        #expect(AllocatorGauges.statistic("stats.no_such_figure") == 0)
    }
}

import Testing
@testable import Cairn

@Suite struct AllocatorTests {
    /// jemalloc's statistics count only what jemalloc allocated: were the C library's malloc still the
    /// process's allocator, they would stay near zero while 64 MiB are held. (Absolute figures, not a
    /// difference: the tests running beside this one allocate and free as they please.)
    @Test func jemallocIsTheAllocatorThatServesCairn() {
        let held = [UInt8](repeating: 1, count: 64 << 20)
        let allocated = AllocatorGauges.statistic("stats.allocated")
        let resident = AllocatorGauges.statistic("stats.resident")
        #expect(allocated >= 64 << 20, "jemalloc counts \(allocated) bytes allocated while 64 MiB are held")
        #expect(resident >= 64 << 20, "jemalloc holds \(resident) bytes resident while 64 MiB are held")
        #expect(held.count == 64 << 20)
    }

    @Test func anUnknownStatisticReadsZero() {
        #expect(AllocatorGauges.statistic("stats.no_such_figure") == 0)
    }
}

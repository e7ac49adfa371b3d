import CJemalloc
import CairnWeb

/// What jemalloc, the allocator `cairn` is linked with (decision 0023), says of Cairn's memory, as
/// gauges of `/metrics`.
enum AllocatorGauges {
    /// Adds `cairn_memory_allocated_bytes` and `cairn_memory_resident_bytes` to the app's metrics.
    static func register(in app: App) {
        app.registerGauge(name: "cairn_memory_allocated_bytes", help: "Bytes Cairn has allocated and not yet freed.") {
            Double(statistic("stats.allocated"))
        }
        app.registerGauge(name: "cairn_memory_resident_bytes", help: "Bytes of memory the allocator holds resident.") {
            Double(statistic("stats.resident"))
        }
    }

    /// One of jemalloc's size statistics, up to date (0 when jemalloc is not the allocator in use).
    static func statistic(_ name: String) -> Int {
        Int(cairn_jemalloc_statistic(name))
    }
}

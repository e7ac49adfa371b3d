import CairnSync
import Synchronization

/// Request counters, a duration histogram and registered gauges, rendered as Prometheus text.
public final class Metrics: Sendable {
    /// Upper bounds of the duration histogram's buckets, in seconds.
    public static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct Gauge {
        let name: String, help: String
        let value: @Sendable () -> Double
    }

    private struct CounterKey: Hashable { let route: String, method: String, status: Int }

    private struct Histogram {
        var counts = [Int](repeating: 0, count: Metrics.buckets.count)
        var sum = 0.0
        var total = 0

        /// Counts one duration in every bucket whose bound it does not exceed.
        mutating func record(_ seconds: Double) {
            for (index, bound) in Metrics.buckets.enumerated() where seconds <= bound { counts[index] += 1 }
            sum += seconds
            total += 1
        }

        /// Both histograms' counts together.
        func adding(_ other: Histogram) -> Histogram {
            Histogram(counts: zip(counts, other.counts).map(+), sum: sum + other.sum, total: total + other.total)
        }
    }

    /// What the request threads count: each thread in its own part, so that none waits for another.
    private struct Requests {
        var counts: [CounterKey: Int] = [:]
        var durations: [String: Histogram] = [:]
    }

    private struct State {
        var gauges: [Gauge] = []
        var writeFailures: [String: Int] = [:]
    }

    private let requests = PerThread { Requests() }
    private let state = Mutex(State())

    public init() {}

    /// Counts one answered request and its duration; `route` is the pattern, not the path.
    public func recordRequest(route: String, method: String, status: Int, seconds: Double) {
        requests.withCurrent { part in
            part.counts[CounterKey(route: route, method: method, status: status), default: 0] += 1
            part.durations[route, default: Histogram()].record(seconds)  // in place: no copy of the counts
        }
    }

    /// Counts a write the storage refused, by cause (`full`, `read_only`).
    public func recordWriteFailure(cause: String) {
        state.withLock { $0.writeFailures[cause, default: 0] += 1 }
    }

    /// Adds a gauge read at each render (pool sizes, queue lengths…).
    public func registerGauge(name: String, help: String, _ value: @escaping @Sendable () -> Double) {
        state.withLock { $0.gauges.append(Gauge(name: name, help: help, value: value)) }
    }

    /// The Prometheus text exposition of every metric.
    public func render() -> String {
        let (gauges, writeFailures) = state.withLock { ($0.gauges, $0.writeFailures) }
        var requests: [CounterKey: Int] = [:]
        var durations: [String: Histogram] = [:]
        self.requests.forEach { part in
            requests.merge(part.counts, uniquingKeysWith: +)
            durations.merge(part.durations) { $0.adding($1) }
        }
        var out = "# HELP cairn_http_requests_total HTTP requests answered.\n# TYPE cairn_http_requests_total counter\n"
        for (key, count) in requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out += "cairn_http_requests_total{route=\(label(key.route)),method=\(label(key.method)),status=\"\(key.status)\"} \(count)\n"
        }
        out += "# HELP cairn_http_request_duration_seconds Time to answer HTTP requests.\n"
        out += "# TYPE cairn_http_request_duration_seconds histogram\n"
        for (route, histogram) in durations.sorted(by: { $0.key < $1.key }) {
            for (index, bound) in Self.buckets.enumerated() {
                out += "cairn_http_request_duration_seconds_bucket{route=\(label(route)),le=\"\(bound)\"} \(histogram.counts[index])\n"
            }
            out += "cairn_http_request_duration_seconds_bucket{route=\(label(route)),le=\"+Inf\"} \(histogram.total)\n"
            out += "cairn_http_request_duration_seconds_sum{route=\(label(route))} \(histogram.sum)\n"
            out += "cairn_http_request_duration_seconds_count{route=\(label(route))} \(histogram.total)\n"
        }
        out += "# HELP cairn_storage_write_failures_total Writes refused by the storage, by cause.\n"
        out += "# TYPE cairn_storage_write_failures_total counter\n"
        for (cause, count) in writeFailures.sorted(by: { $0.key < $1.key }) {
            out += "cairn_storage_write_failures_total{cause=\(label(cause))} \(count)\n"
        }
        for gauge in gauges {
            out += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n\(gauge.name) \(gauge.value())\n"
        }
        return out
    }

    private func label(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

@testable import CairnWeb
import Foundation
import Testing

@Suite struct CachedDataDirectoryProbeTests {
    @Test func aSuccessIsReusedForItsMaximumAgeAndAProblemIsProbedAgain() throws {
        let directory = NSTemporaryDirectory() + "cairn-probe-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let cached = CachedDataDirectoryProbe(directory: directory, maximumAge: .seconds(60))
        let uncached = CachedDataDirectoryProbe(directory: directory, maximumAge: .zero)
        #expect(cached.problem() == nil)
        #expect(uncached.problem() == nil)
        try FileManager.default.removeItem(atPath: directory)
        #expect(cached.problem() == nil, "the success a moment ago still stands")
        #expect(uncached.problem() != nil, "probed again: the directory is gone")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(uncached.problem() == nil, "recovery shows at once")
        try FileManager.default.removeItem(atPath: directory)
    }
}

import Testing
@testable import CairnCore

@Suite struct StorageQuotaTests {
    let quota = StorageQuota(maximumBytesPerPerson: 1_000)

    @Test func evidenceAndUnattachedUploadsCountTogether() throws {
        let usage = StorageUsage(evidenceBytes: 600, unattachedUploadBytes: 300)
        #expect(usage.totalBytes == 900)
        try quota.check(adding: 100, to: usage)
        #expect(throws: StorageQuotaError(maximumBytes: 1_000, usedBytes: 900, requestedBytes: 101)) {
            try quota.check(adding: 101, to: usage)
        }
    }

    @Test func theDefaultLeavesRoomForSeveralClassroomVideos() {
        #expect(StorageQuota().maximumBytesPerPerson == 20 << 30)
    }
}

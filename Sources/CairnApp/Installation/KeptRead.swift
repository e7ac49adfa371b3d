/// One value read from the database and kept for a while, with when it was read: an object, so a
/// cache's lock is held only to find it and count one more reference, not to copy every string of
/// the value (the request threads queued for it).
final class KeptRead<Value: Sendable>: Sendable {
    let value: Value
    let readAt: ContinuousClock.Instant

    init(_ value: Value, readAt: ContinuousClock.Instant) { (self.value, self.readAt) = (value, readAt) }
}

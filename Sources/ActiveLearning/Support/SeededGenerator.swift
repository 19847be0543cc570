/// The one seeded random number generator of the engine: xoshiro256** seeded through SplitMix64.
///
/// Every random choice in the engine (splits, initial sets, random sampling, tie-breaking)
/// draws from a `SeededGenerator`, so the same seed gives the same results in every run and on
/// every platform. Its helpers (`nextInt(below:)`, `shuffle`, `sample`) are implemented here
/// rather than taken from the standard library, whose algorithms may change between releases.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose whole sequence is determined by `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func next() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (next(), next(), next(), next())
    }

    /// A generator for an integer seed (negative seeds are fine: the bit pattern is used).
    public init(seed: Int) {
        self.init(seed: UInt64(bitPattern: Int64(seed)))
    }

    /// A generator for a seed and a stream number, so that one seed can feed independent streams
    /// (e.g. per-seed runs of different strategies) without their draws overlapping.
    public init(seed: Int, stream: UInt64) {
        self.init(seed: UInt64(bitPattern: Int64(seed)) &* 0xD1B5_4A32_D192_ED03 &+ stream &* 0x8CB9_2BA7_2F3D_8DD7)
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject method, unbiased).
    /// Returns 0 when `bound <= 1`.
    public mutating func nextInt(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold { product = next().multipliedFullWidth(by: b) }
        }
        return Int(product.high)
    }

    /// A uniform `Double` in `[0, 1)` with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Shuffles `array` in place (Fisher–Yates).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, nextInt(below: i + 1))
        }
    }

    /// `count` distinct elements of `array` chosen uniformly (a partial Fisher–Yates), in the
    /// order drawn. Returns all of them, shuffled, when `count >= array.count`.
    public mutating func sample<T>(_ array: [T], count: Int) -> [T] {
        var pool = array
        let k = min(max(count, 0), pool.count)
        for i in 0..<k { pool.swapAt(i, i + nextInt(below: pool.count - i)) }
        return Array(pool[0..<k])
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

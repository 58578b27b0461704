/// The token columns a `TokenBuilder` writes (tokens, keys, key hashes, word ids), in
/// buffers it owns, with no uniqueness or capacity check per column and token as `Array`
/// appends have. `finish` moves them out as exact-size arrays.
///
/// Must be finished (or its buffers are leaked).
struct TokenColumns {
    private(set) var count = 0
    private var capacity: Int
    private var tokens: UnsafeMutablePointer<Token>
    private var keys: UnsafeMutablePointer<String>
    private var keyHashes: UnsafeMutablePointer<UInt64>
    private var wordIDs: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        tokens = .allocate(capacity: self.capacity)
        keys = .allocate(capacity: self.capacity)
        keyHashes = .allocate(capacity: self.capacity)
        wordIDs = .allocate(capacity: self.capacity)
    }

    /// The last token appended, if any.
    var last: Token? { count > 0 ? tokens[count - 1] : nil }

    @inline(__always)
    mutating func append(_ token: Token, key: String, keyHash: UInt64, wordID: Int32) {
        if count == capacity { grow() }
        // The key first: its retain is a call, and fewer values are live across it.
        (keys + count).initialize(to: key)
        (tokens + count).initialize(to: token)
        keyHashes[count] = keyHash
        wordIDs[count] = wordID
        count &+= 1
    }

    /// The columns as arrays (word ids only when `withWordIDs`); frees the buffers.
    mutating func finish(withWordIDs: Bool) -> (tokens: [Token], keys: [String], keyHashes: [UInt64], wordIDs: [Int32]) {
        let count = count
        let tokens = Self.array(moving: self.tokens, count: count)
        let keys = Self.array(moving: self.keys, count: count)
        let keyHashes = Self.array(moving: self.keyHashes, count: count)
        let wordIDs = withWordIDs ? Self.array(moving: self.wordIDs, count: count) : []
        self.wordIDs.deallocate()
        self.keyHashes.deallocate()
        self.keys.deallocate()
        self.tokens.deallocate()
        self.count = 0
        self.capacity = 0
        return (tokens, keys, keyHashes, wordIDs)
    }

    private static func array<Element>(moving source: UnsafeMutablePointer<Element>, count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: source, count: count) }
            initialized = count
        }
    }

    private mutating func grow() {
        let newCapacity = 2 * capacity
        func moved<Element>(_ old: UnsafeMutablePointer<Element>) -> UnsafeMutablePointer<Element> {
            let new = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
            new.moveInitialize(from: old, count: count)
            old.deallocate()
            return new
        }
        tokens = moved(tokens)
        keys = moved(keys)
        keyHashes = moved(keyHashes)
        wordIDs = moved(wordIDs)
        capacity = newCapacity
    }
}

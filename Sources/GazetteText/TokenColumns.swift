/// The token columns a `TokenBuilder` writes (tokens, keys, key hashes, word ids), straight
/// into the storage of the arrays that come out (see `arrays`), with no uniqueness or
/// capacity check per column and token as `Array` appends have, and no copy at the end.
///
/// The capacity is fixed: an append past it is dropped and marks the columns overflowed,
/// and `arrays` returns nil so that the caller can build again with more room.
struct TokenColumns {
    private(set) var count = 0
    let capacity: Int
    /// An append found the columns full (and was dropped).
    private(set) var overflowed = false
    private let tokens: UnsafeMutablePointer<Token>
    private let keys: UnsafeMutablePointer<String>
    private let keyHashes: UnsafeMutablePointer<UInt64>
    private let wordIDs: UnsafeMutablePointer<Int32>

    private init(
        capacity: Int, tokens: UnsafeMutablePointer<Token>, keys: UnsafeMutablePointer<String>,
        keyHashes: UnsafeMutablePointer<UInt64>, wordIDs: UnsafeMutablePointer<Int32>
    ) {
        self.capacity = capacity
        self.tokens = tokens
        self.keys = keys
        self.keyHashes = keyHashes
        self.wordIDs = wordIDs
    }

    /// Arrays of at most `capacity` elements filled by `fill` through the columns (word ids
    /// only when `withWordIDs`, else empty), or nil if `fill` appended more than `capacity`.
    static func arrays(capacity: Int, withWordIDs: Bool, _ fill: (inout TokenColumns) -> Void)
        -> (tokens: [Token], keys: [String], keyHashes: [UInt64], wordIDs: [Int32])?
    {
        let capacity = max(capacity, 1)
        var keys: [String] = [], keyHashes: [UInt64] = [], wordIDs: [Int32] = []
        var overflowed = false
        // Nested initializers: each array's storage stays open while the columns are written.
        let tokens = [Token](unsafeUninitializedCapacity: capacity) { tokenBuffer, tokenCount in
            keys = [String](unsafeUninitializedCapacity: capacity) { keyBuffer, keyCount in
                keyHashes = [UInt64](unsafeUninitializedCapacity: capacity) { hashBuffer, hashCount in
                    // Without word ids the column is scratch: written, then left uninitialized
                    // (plain integers need no cleanup).
                    wordIDs = [Int32](unsafeUninitializedCapacity: capacity) { idBuffer, idCount in
                        guard let tokenBase = tokenBuffer.baseAddress, let keyBase = keyBuffer.baseAddress,
                              let hashBase = hashBuffer.baseAddress, let idBase = idBuffer.baseAddress
                        else { return }
                        var columns = TokenColumns(capacity: capacity, tokens: tokenBase, keys: keyBase, keyHashes: hashBase, wordIDs: idBase)
                        fill(&columns)
                        // Counted as initialized even on overflow, so the keys written are released.
                        tokenCount = columns.count
                        keyCount = columns.count
                        hashCount = columns.count
                        idCount = withWordIDs ? columns.count : 0
                        overflowed = columns.overflowed
                    }
                }
            }
        }
        return overflowed ? nil : (tokens, keys, keyHashes, withWordIDs ? wordIDs : [])
    }

    /// The last token appended, if any.
    var last: Token? { count > 0 ? tokens[count - 1] : nil }

    @inline(__always)
    mutating func append(_ token: Token, key: String, keyHash: UInt64, wordID: Int32) {
        guard count < capacity else {
            overflowed = true
            return
        }
        // The key first: its retain is a call, and fewer values are live across it.
        (keys + count).initialize(to: key)
        (tokens + count).initialize(to: token)
        keyHashes[count] = keyHash
        wordIDs[count] = wordID
        count &+= 1
    }
}

/// Appends compact JSON to a byte buffer, keys in the order written, so output records
/// are byte-for-byte deterministic and cheap to produce.
///
/// Output records are larger than their input (the text is echoed, then every mention and
/// relation), so the writer is on the hot path: it owns a plain growable buffer (no
/// per-append uniqueness checks), copies string runs that need no escaping in bulk, found
/// eight bytes at a time, and writes numbers without building a `String`. Not copyable,
/// because it owns that buffer.
public struct JSONWriter: ~Copyable {
    @usableFromInline var storage: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int
    /// Per open object or array, whether its next value needs a comma first: a bit per
    /// level for the first 64 levels (all real records), an array beyond.
    private var commaBits: UInt64 = 0
    private var deeperNeedsComma: [Bool] = []
    private var depth = 0

    /// Whether `storage` is the writer's own (else it is lent by `array(estimatedCount:_:)`).
    @usableFromInline var ownsStorage = true

    public init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// A writer into `buffer`'s memory, until it needs more (then into its own).
    private init(lending storage: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.storage = storage
        self.capacity = capacity
        ownsStorage = false
    }

    deinit { if ownsStorage { storage.deallocate() } }

    /// The JSON written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// The JSON `body` writes, written straight into the returned array's storage when it
    /// fits in `estimatedCount` bytes: no copy of the whole, as `bytes` makes. A longer
    /// one is written on into a buffer of the writer's own and copied once.
    public static func array(estimatedCount: Int, _ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var spilled: [UInt8]?
        let direct = [UInt8](unsafeUninitializedCapacity: max(estimatedCount, 16)) { buffer, initialized in
            guard let base = buffer.baseAddress else {
                var writer = JSONWriter(capacity: estimatedCount)
                body(&writer)
                spilled = writer.bytes
                initialized = 0
                return
            }
            var writer = JSONWriter(lending: base, capacity: buffer.count)
            body(&writer)
            if writer.ownsStorage {
                spilled = writer.bytes
                initialized = 0
            } else {
                initialized = writer.count
            }
        }
        return spilled ?? direct
    }

    public mutating func beginObject() { separate(); append(UInt8(ascii: "{")); open() }
    public mutating func endObject() { append(UInt8(ascii: "}")); close() }
    public mutating func beginArray() { separate(); append(UInt8(ascii: "[")); open() }
    public mutating func endArray() { append(UInt8(ascii: "]")); close() }

    /// Writes `"key":`; the value written next completes the member.
    public mutating func key(_ key: String) {
        separate()
        appendString(key)
        append(UInt8(ascii: ":"))
        setNeedsComma(false)
    }

    /// Writes `"key":` for a key known at compile time to need no escaping (the output
    /// record's own field names), without scanning it.
    public mutating func literalKey(_ key: StaticString) {
        assert(!UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount).contains(where: JSONSpecialByteScan.isSpecial))
        separate()
        let length = key.utf8CodeUnitCount
        reserve(length + 3)
        // Keys are a few bytes: a plain loop beats a call to memcpy.
        var cursor = storage + count
        cursor.pointee = UInt8(ascii: "\"")
        cursor += 1
        let source = key.utf8Start
        for offset in 0..<length { cursor[offset] = source[offset] }
        cursor += length
        cursor[0] = UInt8(ascii: "\"")
        cursor[1] = UInt8(ascii: ":")
        count += length + 3
        setNeedsComma(false)
    }

    public mutating func string(_ value: String) { separate(); appendString(value) }

    /// Writes a string known at compile time to need no escaping.
    public mutating func literalString(_ value: StaticString) {
        assert(!UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount).contains(where: JSONSpecialByteScan.isSpecial))
        separate()
        append(UInt8(ascii: "\""))
        appendLiteral(value)
        append(UInt8(ascii: "\""))
    }
    public mutating func int(_ value: Int) { separate(); appendDecimal(value) }
    public mutating func bool(_ value: Bool) { separate(); appendLiteral(value ? "true" : "false") }
    public mutating func null() { separate(); appendLiteral("null") }

    /// Writes a string made of an ASCII prefix and a decimal number, `"T12"`, without
    /// building it first (mention ids are written this way).
    public mutating func string(prefix: UInt8, number: Int) {
        assert(prefix >= 0x20 && prefix < 0x80 && prefix != 0x22 && prefix != 0x5C, "prefix needs escaping")
        separate()
        append(UInt8(ascii: "\""))
        append(prefix)
        appendDecimal(number)
        append(UInt8(ascii: "\""))
    }

    // MARK: Fragments
    //
    // A record whose shape is fixed (Gazette's own entity and relation objects) is written
    // as literal fragments with the punctuation in them, `{"id":"T`, `","type":`: one copy
    // each instead of a key, a separator and a comma state per member. Fragments do not
    // touch the comma state, so a caller writes whole values with them (an object from
    // `{` to `}`), inside a container it opened with `beginArray`, putting `,` between
    // them itself.

    /// Appends `literal` as is: JSON punctuation and keys known to need no escaping.
    /// Inlinable: the literal's length is then a constant and the copy a few moves.
    @inlinable @inline(__always)
    public mutating func fragment(_ literal: StaticString) {
        assert(!UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount).contains { $0 < 0x20 })
        let length = literal.utf8CodeUnitCount
        reserve(length)
        (storage + count).initialize(from: literal.utf8Start, count: length)
        count += length
    }

    /// Appends `value` escaped, between quotes, with no separator before it.
    public mutating func fragmentString(_ value: String) { appendString(value) }

    /// Appends the decimal digits of `value`, with no separator before it.
    public mutating func fragmentInt(_ value: Int) { appendDecimal(value) }

    /// Appends UTF-16 `units` as a JSON string, with no separator before it.
    public mutating func fragmentString(utf16 units: ArraySlice<UInt16>) { appendString(utf16: units) }

    /// Appends the `count` bytes written so far from `start` on again (a value the record
    /// repeats, already escaped).
    public mutating func fragmentRepeating(from start: Int, count length: Int) {
        precondition(start >= 0 && length >= 0 && start + length <= count, "JSONWriter: repeating bytes not written")
        reserve(length)
        (storage + count).initialize(from: storage + start, count: length)
        count += length
    }

    /// The number of bytes written so far (for `fragmentRepeating`).
    public var byteCount: Int { count }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case let .bool(flag): bool(flag)
        case let .number(text): separate(); appendUTF8(of: text)
        case let .string(text): string(text)
        case let .array(values):
            beginArray()
            for element in values { self.value(element) }
            endArray()
        case let .object(members):
            beginObject()
            for (name, member) in members { key(name); self.value(member) }
            endObject()
        }
    }

    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }

    /// Writes the comma before a value that is not its container's first.
    @inline(__always)
    private mutating func separate() {
        guard depth > 0 else { return }
        if depth <= 64 {
            let bit: UInt64 = 1 << UInt64(depth - 1)
            if commaBits & bit != 0 { append(UInt8(ascii: ",")) } else { commaBits |= bit }
        } else {
            if deeperNeedsComma[depth - 65] { append(UInt8(ascii: ",")) } else { deeperNeedsComma[depth - 65] = true }
        }
    }

    private mutating func setNeedsComma(_ value: Bool) {
        guard depth > 0 else { return }
        if depth <= 64 {
            let bit: UInt64 = 1 << UInt64(depth - 1)
            if value { commaBits |= bit } else { commaBits &= ~bit }
        } else {
            deeperNeedsComma[depth - 65] = value
        }
    }

    private mutating func open() {
        depth += 1
        if depth > 64 { deeperNeedsComma.append(false) }
        setNeedsComma(false)
    }

    private mutating func close() {
        precondition(depth > 0, "JSONWriter: closing more containers than were opened")
        if depth > 64 { deeperNeedsComma.removeLast() }
        depth -= 1
    }

    /// Writes a string given as UTF-16 units (a slice of a text buffer) without building
    /// a `String` first. Unpaired surrogates become U+FFFD, as `String(decoding:)` does.
    public mutating func string(utf16 units: ArraySlice<UInt16>) {
        separate()
        appendString(utf16: units)
    }

    private mutating func appendString(utf16 units: ArraySlice<UInt16>) {
        append(UInt8(ascii: "\""))
        units.withUnsafeBufferPointer { units in
            guard let source = units.baseAddress else { return }
            let length = units.count
            var index = 0
            while index < length {
                // Four units at a time while they are ASCII that needs no escaping (names
                // mostly are): packed into four bytes.
                if index + 4 <= length {
                    let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                    if word & 0xFF80_FF80_FF80_FF80 == 0 {
                        let packed = word & 0xFF | (word >> 8) & 0xFF00 | (word >> 16) & 0xFF_0000 | (word >> 24) & 0xFF00_0000
                        // The high four bytes are letters, which need no escaping.
                        if !JSONSpecialByteScan.mayHoldSpecial(packed | 0x4141_4141_0000_0000) {
                            reserve(4)
                            UnsafeMutableRawPointer(storage + count).storeBytes(of: UInt32(truncatingIfNeeded: packed), as: UInt32.self)
                            count += 4
                            index += 4
                            continue
                        }
                    }
                }
                index = appendScalar(ofUTF16: units, at: index)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends the scalar of the unit at `index` (and the next, for a surrogate pair) as
    /// escaped UTF-8; returns the index after it.
    private mutating func appendScalar(ofUTF16 units: UnsafeBufferPointer<UInt16>, at start: Int) -> Int {
        var index = start
        let unit = units[index]
        index += 1
        if unit < 0x80 {
            let byte = UInt8(truncatingIfNeeded: unit)
            if JSONSpecialByteScan.isSpecial(byte) { appendEscaped(byte) } else { append(byte) }
        } else if unit < 0x800 {
            append(0xC0 | UInt8(truncatingIfNeeded: unit >> 6))
            append(0x80 | UInt8(truncatingIfNeeded: unit & 0x3F))
        } else if unit & 0xF800 != 0xD800 {
            appendThreeByteSequence(UInt32(unit))
        } else if unit < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
            let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
            index += 1
            append(0xF0 | UInt8(truncatingIfNeeded: scalar >> 18))
            append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F))
            append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F))
            append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        } else {
            appendThreeByteSequence(0xFFFD)
        }
        return index
    }

    private mutating func appendThreeByteSequence(_ scalar: UInt32) {
        append(0xE0 | UInt8(truncatingIfNeeded: scalar >> 12))
        append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F))
        append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
    }

    private mutating func appendString(_ value: String) {
        append(UInt8(ascii: "\""))
        // Native and small strings lend their UTF-8 without a copy of the string value (a
        // small one is spelled out on the stack); only a bridged one has no contiguous UTF-8.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaping($0) }) == nil {
            var copy = value
            copy.withUTF8 { appendEscaping($0) }
        }
        append(UInt8(ascii: "\""))
    }

    /// Strings up to this many bytes are copied in place, eight bytes at a time while no
    /// byte needs escaping, without a scan first and a memcpy call after: the mention
    /// fields (rules, entry ids, names) are mostly this short.
    private static let shortStringLength = 64

    /// Copies `buffer`, escaping quotes, backslashes and control characters; the runs in
    /// between are copied in bulk.
    private mutating func appendEscaping(_ buffer: UnsafeBufferPointer<UInt8>) {
        if buffer.count <= Self.shortStringLength, let source = buffer.baseAddress {
            let length = buffer.count
            if length < 8 {
                // A string shorter than a word (rule names, ids): its bytes padded with
                // spaces, which need no escaping, checked and stored as one word; only
                // `length` of the eight bytes count as written.
                var word: UInt64 = 0x2020_2020_2020_2020
                withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(buffer)) }
                if !JSONSpecialByteScan.mayHoldSpecial(word) {
                    reserve(8)
                    UnsafeMutableRawPointer(storage + count).storeBytes(of: word, as: UInt64.self)
                    count += length
                    return
                }
            }
            reserve(length)
            var index = 0
            while index + 8 <= length {
                let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                if JSONSpecialByteScan.mayHoldSpecial(word) { break }
                UnsafeMutableRawPointer(storage + count).storeBytes(of: word, as: UInt64.self)
                count += 8
                index += 8
            }
            if index < length, index + 8 > length, length >= 8 {
                // The last, partial word: the eight bytes ending the string, the first of
                // them written already (as they are, being clean), written again.
                let tailStart = length - 8
                let word = UnsafeRawPointer(source + tailStart).loadUnaligned(as: UInt64.self)
                if !JSONSpecialByteScan.mayHoldSpecial(word) {
                    UnsafeMutableRawPointer(storage + count - (index - tailStart)).storeBytes(of: word, as: UInt64.self)
                    count += length - index
                    return
                }
            }
            while index < length {
                let byte = source[index]
                if JSONSpecialByteScan.isSpecial(byte) {
                    appendEscaped(byte)
                    // The rest need a byte each at least, beyond what the escape took.
                    reserve(length - index)
                } else {
                    storage[count] = byte
                    count += 1
                }
                index += 1
            }
            return
        }
        var runStart = 0
        while true {
            let special = JSONSpecialByteScan.firstSpecial(in: buffer, from: runStart)
            append(UnsafeBufferPointer(rebasing: buffer[runStart..<special]))
            guard special < buffer.count else { return }
            appendEscaped(buffer[special])
            runStart = special + 1
        }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            // Int.min has no positive counterpart; the standard library spells it.
            if value == Int.min { appendUTF8(of: String(value)); return }
            append(UInt8(ascii: "-"))
            appendDecimal(-value)
            return
        }
        if value < 10 { append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)); return }
        // The digits are written from the last one back, two at a time, straight into the buffer.
        var digitCount = 2
        var bound = 100
        while digitCount < 19 && value >= bound {
            digitCount += 1
            bound &*= 10
        }
        reserve(digitCount)
        var position = count + digitCount
        var remaining = UInt(value)
        let pairs = Self.digitPairs.utf8Start
        while remaining >= 100 {
            let pair = Int(remaining % 100) &* 2
            remaining /= 100
            position -= 2
            storage[position] = pairs[pair]
            storage[position + 1] = pairs[pair + 1]
        }
        if remaining >= 10 {
            let pair = Int(remaining) &* 2
            position -= 2
            storage[position] = pairs[pair]
            storage[position + 1] = pairs[pair + 1]
        } else {
            position -= 1
            storage[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining)
        }
        assert(position == count, "digit count matches the digits written")
        count += digitCount
    }

    /// "00", "01", … "99": the two digits of each number below 100. A literal, so reading
    /// it needs no lazy initialisation check.
    private static var digitPairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append(0x5C); append(byte)
        case UInt8(ascii: "\\"): append(0x5C); append(byte)
        case 0x0A: append(0x5C); append(UInt8(ascii: "n"))
        case 0x0D: append(0x5C); append(UInt8(ascii: "r"))
        case 0x09: append(0x5C); append(UInt8(ascii: "t"))
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            for escaped in [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] { append(escaped) }
        default: append(byte)
        }
    }

    // MARK: The buffer

    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toAtLeast: count + extra) }
    }

    @usableFromInline
    mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.initialize(from: storage, count: count)
        if ownsStorage { storage.deallocate() }
        ownsStorage = true
        storage = newStorage
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        (storage + count).initialize(from: base, count: buffer.count)
        count += buffer.count
    }

    private mutating func appendLiteral(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends `text`'s UTF-8 as is (number text, already valid JSON).
    private mutating func appendUTF8(of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for byte in text.utf8 { append(byte) }
        }
    }
}
